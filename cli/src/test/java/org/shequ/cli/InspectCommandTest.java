package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code shequ inspect}: how the sample's county workbook and its CSV export are read. */
class InspectCommandTest {
    static final Path FUFENG = Path.of("..", "samples", "fufeng");

    @Test
    void theCountyWorkbookShowsSheetsHeaderBandsColumnsAndSkippedRows() throws Exception {
        Cli r = Cli.run("inspect", FUFENG.resolve("data/各镇社区基本情况.xlsx").toString(), "--format", "json", "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        JsonNode file = new ObjectMapper().readTree(r.out()).get("files").get(0);
        List<String> sheets = new ArrayList<>();
        file.get("tables").forEach(t -> sheets.add(t.get("sheet").asText() + " " + t.get("records").asInt()));
        assertEquals(List.of("天度镇 13", "午井镇 10", "绛帐镇 21", "段家镇 8", "杏林镇 13", "召公镇 12", "法门镇 22"), sheets,
                "every visible sheet in workbook order; 新建社区 on 天度镇's, 白龙村 twice on 法门镇's");
        JsonNode famen = file.get("tables").get(6);
        assertEquals("[2,3]", famen.get("header").toString());
        assertEquals("[27,28]", famen.get("skipped").get("total").toString(), "小计 and 合计");
        assertEquals("[26]", famen.get("skipped").get("blank").toString());
        assertEquals("[29]", famen.get("skipped").get("signature").toString());
        assertEquals(2023, famen.get("period").asInt(), "no 年度 column and no workspace: the title's year");
        assertEquals("title", famen.get("period_from").asText());
        JsonNode area = famen.get("columns").get(7);
        assertEquals("H service_area field", area.get("column").asText() + " " + area.get("field").asText() + " " + area.get("status").asText());
        assertEquals("综合服务设施面积（平方米）/总面积", area.get("header").asText());
        assertEquals("layout", famen.get("columns").get(0).get("status").asText(), "序号");
        assertEquals("unknown", famen.get("columns").get(48).get("status").asText(), "备注");
        List<String> notes = new ArrayList<>();
        file.get("notes").forEach(n -> notes.add(n.get("rule").asText() + " " + n.get("sheet").asText() + " " + n.get("line").asInt()));
        assertTrue(notes.contains("DATA-LAYOUT 下拉选项 0"), notes.toString());
        assertTrue(notes.contains("AGG-TOTAL 绛帐镇 26"), notes.toString());
    }

    @Test
    void theTextSaysWhereEachColumnGoesAndWhatWasSkipped() {
        Cli r = Cli.run("inspect", FUFENG.resolve("exports/绛帐镇.csv").toString(), "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("社区基本情况表，21 条记录；表头在第 2–3 行；没有年度的行按 2023年（取自标题“扶风县2023年城乡社区基本情况统计表（绛帐镇）”）"), r.out());
        assertTrue(r.out().contains("H  综合服务设施面积（平方米）/总面积  →  service_area（综合服务设施面积）"), r.out());
        assertTrue(r.out().contains("AM  低保/户数  →  dibao_households（低保户数） 按“低保户数”"), r.out());
        assertTrue(r.out().contains("跳过 小计、合计 1 行：第 26 行"), r.out());
        Cli en = Cli.run("inspect", FUFENG.resolve("exports/绛帐镇.csv").toString(), "--lang", "en");
        assertTrue(en.out().contains("skipped total 1 row: line 26"), en.out());
    }
}
