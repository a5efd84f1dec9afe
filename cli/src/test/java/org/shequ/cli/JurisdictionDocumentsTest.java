package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.division.Division;
import org.shequ.core.division.DivisionRegistry;

/**
 * A document's table lists the level just below the workspace's jurisdiction: a county's
 * townships (the sample), a city's counties, the country's provinces ({@code jurisdiction: 全国});
 * a jurisdiction that is no registered code is refused before any data is read.
 */
class JurisdictionDocumentsTest {
    @TempDir
    Path dir;

    /** Two real units under each of these divisions, in a workspace with the work report. */
    private Path workspace(String jurisdiction, List<String> under) throws IOException {
        return workspace(jurisdiction, under, 2);
    }

    /** {@code each} real units under each division; every second one has too little service space. */
    private Path workspace(String jurisdiction, List<String> under, int each) throws IOException {
        // the columns of a full annual sheet (the bench's national file), every value but code, name, households and area fixed
        List<String> lines = new ArrayList<>(List.of("统一代码,社区名称,街道(乡镇),社区类型,年度,户数（户）,常住人口（人）,综合服务设施面积（m²）,"
                + "办公用房面积（m²）,室外活动场地面积（m²）,是否规范化建设,党组织,居(村)委会,便民服务中心,综治服务中心,文体活动中心,卫生服务中心,"
                + "老年人日间照料中心,儿童服务中心,志愿服务中心,专职工作人员（人）,持证社工（人）,网格员（人）,网格长（人）,居(村)民小组长（人）,"
                + "楼栋长（人）,社区社会组织（个）,议事成功案例（个）,入户走访（人次）,群众满意度（%）"));
        for (String code : under) {
            List<Division> units = DivisionRegistry.bundled().villagesUnder(code);
            for (int i = 0; i < each; i++) {
                Division d = units.get(i * 7 % units.size());
                lines.add(d.code() + "," + d.name() + ",某街道,城市社区,2023," + (1000 + i % 2 * 100) + ",3000," + (i % 2 == 0 ? 400 : 100)
                        + ",50,1900,是,是,是,是,是,是,是,是,否,否,8,2,10,1,9,40,10,3,3236,97.7%"); // offices within the smaller area too: no contradiction
            }
        }
        return write(lines, jurisdiction, """
                office: 民政部门
                facts: {addressee: 领导, date: 2024-01-15}
                reports:
                  - {template: work-report, name: 汇报, formats: [md]}
                  - {template: work-points, name: 要点, formats: [md], facts: {number: 某发〔2024〕1号}}
                """);
    }

    /** The workspace: the sheet's lines in data/units.csv, shequ.yaml with the jurisdiction, 2023, the national pack and {@code more}. */
    private Path write(List<String> lines, String jurisdiction, String more) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.write(dir.resolve("data/units.csv"), lines);
        Files.writeString(dir.resolve("shequ.yaml"), "jurisdiction: \"" + jurisdiction + "\"\nperiod: 2023\nrules: [national]\n" + more);
        return dir;
    }

    @Test
    void aNationalWorkReportTabulatesTheProvinces() throws IOException {
        Path ws = workspace("全国", List.of("61", "11", "52"));
        Cli run = Cli.run("run", ws.toString(), "--lang", "zh");
        assertTrue(run.code() <= 1, run.code() + run.out() + run.err());
        String md = Files.readString(ws.resolve("out/汇报.md"));
        assertTrue(md.contains("# 关于全国2023年社区治理工作情况的汇报"), md);
        // 6 of the country's 620,573 registered units reported: every figure says it covers only those
        assertTrue(md.contains("全国应报送数据的城乡社区620573个，实际报送6个，缺报620567个（报送率0.0%），以下数字只反映已报送的社区"), md);
        assertTrue(md.contains("| 省（区、市） | 社区数 |"), md);
        assertTrue(md.matches("(?s).*\\| 北京市 \\| 2（缺报\\d+） \\| 2100※ \\|.*"), md);
        assertTrue(md.matches("(?s).*\\| 陕西省 \\| 2（缺报\\d+） \\| 2100※ \\|.*"), md);
        assertTrue(md.matches("(?s).*\\| 贵州省 \\| 2（缺报\\d+） \\| 2100※ \\|.*"), md);
        assertTrue(md.contains("| 上海市 | 0（缺报"), "a province that sent nothing has its row: " + md);
        assertTrue(md.indexOf("| 北京市 |") < md.indexOf("| 贵州省 |") && md.indexOf("| 贵州省 |") < md.indexOf("| 陕西省 |"),
                "in code order: " + md);
        assertTrue(md.contains("已逐条列入反馈工作簿，待各省（区、市）核实更正"), md);
        assertFalse(run.out().contains("DATA-CODE"), "no unit is outside the whole country: " + run.out());
    }

    @Test
    void aCityWorkReportTabulatesItsCounties() throws IOException {
        Path ws = workspace("6103", List.of("610302", "610324"));
        Cli run = Cli.run("run", ws.toString(), "--lang", "zh");
        assertTrue(run.code() <= 1, run.code() + run.out() + run.err());
        String md = Files.readString(ws.resolve("out/汇报.md"));
        assertTrue(md.contains("实际报送4个"), md);
        assertTrue(md.contains("| 县（市、区） | 社区数 |"), md);
        assertTrue(md.contains("| 渭滨区 | 2（缺报") && md.contains("| 扶风县 | 2（缺报120） |"), md);
        List<String> unreported = Files.readAllLines(ws.resolve("out/findings.txt")).stream().filter(l -> l.contains("DATA-UNREPORTED")).toList();
        assertTrue(unreported.stream().anyMatch(l -> l.contains("凤翔区应报") && l.contains("均未报送")),
                "a county none of whose units reported is one warning: " + unreported);
        assertTrue(unreported.stream().anyMatch(l -> l.contains("城关街道应报25个单位，实报2个，缺报23个")), unreported.toString());
    }

    @Test
    void theUrbanUnitsBelowStandardAreNamedUpToTenThenCounted() throws IOException {
        Path ws = workspace("610324", List.of("610324"), 24);
        Cli run = Cli.run("run", ws.toString(), "--lang", "zh");
        assertTrue(run.code() <= 1, run.code() + run.out() + run.err());
        String md = Files.readString(ws.resolve("out/汇报.md"));
        String sentence = md.lines().filter(l -> l.startsWith("一是推进社区综合服务设施建设")).findFirst().orElseThrow();
        assertTrue(sentence.contains("在报送数据的24个城市社区中，除"), "24 of the county's 122 units reported: " + sentence);
        assertTrue(sentence.contains("等12个城市社区每百户综合服务设施面积未达标外，其他12个城市社区每百户综合服务设施面积不低于30平方米"), sentence);
        assertFalse(sentence.contains("农村社区"), "no rural unit reported, so no rural coverage is stated: " + sentence);
        assertEquals(10 - 1, sentence.chars().filter(c -> c == '、').count(), "ten names: " + sentence);
        String points = Files.readString(ws.resolve("out/要点.md"));
        String item = points.lines().filter(l -> l.contains("面积低于")).findFirst().orElseThrow();
        assertTrue(item.contains("等12个社区每百户综合服务设施面积低于30平方米，所在镇（街）要制定改造计划"), item);
        assertEquals(10 - 1, item.chars().filter(c -> c == '、').count(), "ten names, then the count: " + item);
    }

    @Test
    void aComplianceTableOfMoreUnitsThanADocumentListsSaysSoAndKeepsItsLevelTable() throws IOException {
        // every village-level unit of Shaanxi (20,356: more than the 20,000 a document lists one by one), one in two failing
        List<Division> units = DivisionRegistry.bundled().villagesUnder("61");
        List<String> lines = new ArrayList<>(List.of("统一代码,社区名称,社区类型,户数,综合服务设施面积"));
        for (int i = 0; i < units.size(); i++) {
            lines.add(units.get(i).code() + "," + units.get(i).name() + ",城市社区,1000," + (i % 2 == 0 ? 400 : 100));
        }
        write(lines, "61", """
                reports:
                  - {template: compliance, name: 一览表, formats: [md]}
                """);
        Cli run = Cli.run("run", dir.toString(), "--lang", "zh");
        assertTrue(run.code() <= 1, run.code() + run.out() + run.err());
        String md = Files.readString(dir.resolve("out/一览表.md"));
        assertTrue(units.size() > 20_000, "the case needs more units than a document lists: " + units.size());
        assertTrue(md.contains("全省" + units.size() + "个社区中，各项均达标的" + (units.size() + 1) / 2 + "个，有未达标项目的" + units.size() / 2 + "个。"), md);
        assertTrue(md.contains("| 市（州、盟） | 社区数 |"), md);
        assertTrue(md.contains("全省有" + units.size() + "个社区，超过逐个列出的上限（20000个），本表不逐个列出"), md);
        assertFalse(md.contains("| 序号 |"), "no per-unit table");
        String xian = md.lines().filter(l -> l.startsWith("| 西安市 |")).findFirst().orElseThrow();
        assertEquals(10 - 1, xian.split("\\|")[5].chars().filter(c -> c == '、').count(), "ten names, then the count: " + xian);
        assertTrue(xian.matches(".*等\\d+个 \\|$"), xian);
    }

    @Test
    void aJurisdictionThatIsNoRegisteredCodeIsRefusedInOneLine() throws IOException {
        for (String wrong : List.of("610399", "61032", "扶风县")) {
            Path ws = workspace(wrong, List.of("610324"));
            Cli run = Cli.run("run", ws.toString(), "--lang", "zh");
            assertEquals(2, run.code(), run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().contains(ws.resolve("shequ.yaml").toString()) && run.err().contains("“" + wrong + "”"), run.err());
            assertFalse(Files.exists(ws.resolve("out")), "refused before anything is written");
        }
    }
}
