package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaInitDivisionTest {
    @TempDir
    Path dir;

    @Test
    void schemaTableListsEveryFieldWithChineseHeaders() {
        Cli r = Cli.run("schema", "communities", "--lang", "zh");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("service_area"));
        assertTrue(r.out().contains("综合服务设施面积"));
        assertTrue(r.out().contains("≥ 0"));
        assertEquals(2, Cli.run("schema", "nonsense").code());
    }

    @Test
    void jsonSchemaDescribesEachKind() throws Exception {
        JsonNode s = new ObjectMapper().readTree(Cli.run("schema", "--format", "json").out());
        JsonNode c = s.get("$defs").get("communities");
        assertEquals("^[0-9]{12}$", c.get("properties").get("code").get("pattern").asText());
        assertEquals(100, c.get("properties").get("satisfaction").get("maximum").asInt());
        assertTrue(c.get("required").toString().contains("households"));
        assertTrue(s.get("$defs").has("staff"));
    }

    @Test
    void xlsxTemplateFilledInCorrectlyValidatesClean() throws Exception {
        Path template = dir.resolve("模板.xlsx");
        assertEquals(0, Cli.run("schema", "communities", "--format", "xlsx", "-o", template.toString()).code());
        Path filled = dir.resolve("filled.xlsx");
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("社区基本情况表", sheet.getSheetName());
            Row head = sheet.getRow(0);
            assertEquals("统一代码", head.getCell(0).getStringCellValue());
            assertEquals("户数（户）", head.getCell(5).getStringCellValue());
            assertTrue(head.getCell(5).getCellComment().getString().getString().contains("范围：≥ 0"));
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getDataValidations().stream().map(DataValidation::getValidationConstraint)
                    .anyMatch(c -> c.getExplicitListValues() != null && java.util.List.of(c.getExplicitListValues()).contains("城市社区")));
            String[][] rows = {
                    {"610324001001", "飞凤社区居委会", "城关街道", "城市社区", "2023", "1200", "3500", "400", "100", "1200", "是"},
                    {"610324001201", "西官村委会", "城关街道", "行政村", "2023", "450", "1400", "150", "40", "1000", "否"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (c >= 4 && c <= 9) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        Cli r = Cli.run("validate", filled.toString(), "--format", "json");
        assertEquals(0, r.code(), r.out());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(2, json.get("summary").get("records").asInt());
        assertEquals(0, json.get("findings").size(), r.out());
    }

    @Test
    void xlsxTemplateNeedsAnOutputFile() {
        assertEquals(2, Cli.run("schema", "--format", "xlsx").code());
    }

    @Test
    void initCreatesAWorkspaceThatRunsClean() throws Exception {
        Path ws = dir.resolve("新工作区");
        Cli r = Cli.run("init", ws.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(ws.resolve("shequ.yaml")));
        assertTrue(Files.readString(ws.resolve("shequ.yaml")).contains("# "), "shequ.yaml has comments");
        assertTrue(Files.isRegularFile(ws.resolve("templates/填报模板.xlsx")));
        Cli run = Cli.run("run", ws.toString(), "--lang", "en");
        assertEquals(0, run.code(), run.out() + run.err());
        // the example holds 3 of the county's 122 units: the data is clean, and the 119 that sent nothing are
        // named, township by township (8 warnings), as a real collection of three sheets would be
        assertTrue(run.out().startsWith("1 file, 3 records: 0 errors, 8 warnings, 0 info"), run.out());
        String findings = Files.readString(ws.resolve("out/findings.json"));
        assertEquals(8, findings.split("\"DATA-UNREPORTED\"", -1).length - 1, findings);
        assertEquals(2, Cli.run("init", ws.toString()).code(), "never overwrites a workspace");
    }

    @Test
    void completionScriptAndVersion() {
        Cli c = Cli.run("generate-completion");
        assertEquals(0, c.code());
        assertTrue(c.out().contains("validate") && c.out().contains("complete"), "a bash completion script");
        Cli v = Cli.run("--version");
        assertTrue(v.out().startsWith("shequ "), v.out());
    }

    @Test
    void divisionListsFufengsTownships() {
        Cli r = Cli.run("division", "610324", "--lang", "zh");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("610324  扶风县"));
        assertTrue(r.out().contains("下辖 8 个乡级单位"));
        assertTrue(r.out().contains("610324107  法门镇"));
        Cli unit = Cli.run("division", "610324001001", "--lang", "en");
        assertTrue(unit.out().contains("610324001001  飞凤社区居委会  (village)  residents' committee"), unit.out());
        assertEquals(2, Cli.run("division", "610324999").code());
        assertEquals(2, Cli.run("division", "12345").code());
    }
}
