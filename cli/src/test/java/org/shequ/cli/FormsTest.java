package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shequ forms}: the next collection's forms, filled by a test as a clerk would, read back exactly. */
class FormsTest {
    private static final DataFormatter TEXT = new DataFormatter();

    @TempDir
    Path tmp;

    @Test
    void eachTownshipGetsItsUnitsLockedItsCellsCheckedLastYearBesideAndInstructions() throws Exception {
        Path out = tmp.resolve("forms");
        Cli r = Cli.run("forms", FeedbackCommandTest.FUFENG.toString(), "-o", out.toString(), "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("写出2024年填报表 8 份，共 122 个单位，附2023年数据供对照"), r.err());
        try (InputStream in = Files.newInputStream(out.resolve("城关街道-2024年社区基本情况表.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("城关街道", "上期数据（仅供参考）", "填报说明"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            XSSFSheet form = wb.getSheet("城关街道");
            assertEquals(26, form.getPhysicalNumberOfRows(), "the header and the township's 25 registered units");
            Row first = form.getRow(1);
            assertEquals("610324001001", TEXT.formatCellValue(first.getCell(0)));
            assertEquals("飞凤社区居委会", TEXT.formatCellValue(first.getCell(1)));
            assertTrue(first.getCell(0).getCellStyle().getLocked() && form.isSheetLocked(), "codes and names locked");
            assertFalse(form.getCTWorksheet().getSheetProtection().isSetPassword(), "without a password: a slip is stopped, not a decision");
            assertFalse(form.isFormatColumnsLocked(), "columns may be widened");
            assertFalse(first.getCell(5).getCellStyle().getLocked(), "the values open");
            List<String> prompts = new ArrayList<>();
            for (DataValidation v : form.getDataValidations()) {
                prompts.add(v.getPromptBoxText());
            }
            assertTrue(prompts.contains("户数，单位：户，范围 ≥ 0，填整数；必填"), prompts.toString());
            assertTrue(prompts.stream().anyMatch(p -> p.startsWith("群众满意度，单位：%，范围 0–100")), prompts.toString());
            Row lastYear = wb.getSheet("上期数据（仅供参考）").getRow(1);
            assertEquals("610324001001", TEXT.formatCellValue(lastYear.getCell(0)));
            assertEquals("2023", TEXT.formatCellValue(lastYear.getCell(4)), "the period of the values beside");
            assertEquals("1,2O5", TEXT.formatCellValue(wb.getSheet("上期数据（仅供参考）").getRow(3).getCell(5)),
                    "百合社区's households as they were sent, not a blank that looks unreported");
            StringBuilder instructions = new StringBuilder();
            wb.getSheet("填报说明").forEach(row -> instructions.append(TEXT.formatCellValue(row.getCell(0))).append('\n'));
            assertTrue(instructions.toString().contains("室外活动场地面积（m²） ≥ 800"),
                    "the threshold the workspace's pack checks (relaxed from the document's 1000): " + instructions);
            assertTrue(instructions.toString().contains("户数（户）：整数，≥ 0，必填"), instructions.toString());
            assertTrue(instructions.toString().contains("每百户综合服务设施面积（m²） ≥ 30"), "a derived quantity named with its unit: " + instructions);
            assertTrue(instructions.toString().contains("办公用房面积不大于综合服务设施面积"), instructions.toString());
            assertTrue(prompts.contains("工作经费，单位：万元（不是元），范围 ≥ 0，填数字"), prompts.toString());
        }
    }

    @Test
    void aFormFilledInComesBackEveryUnitWithTheValuesTyped() throws Exception {
        Path out = tmp.resolve("forms");
        Cli.run("forms", FeedbackCommandTest.FUFENG.toString(), "-o", out.toString(), "--by", "county");
        Path form = out.resolve("扶风县-2024年社区基本情况表.xlsx");
        Path filled = tmp.resolve("扶风县-已填.xlsx");
        long households = 0;
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(8 + 2, wb.getNumberOfSheets(), "a sheet per township, the reference and the instructions");
            for (int s = 0; s < 8; s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                    Row row = sheet.getRow(i);
                    String code = TEXT.formatCellValue(row.getCell(0));
                    boolean village = Integer.parseInt(code.substring(9)) >= 200;
                    row.getCell(3).setCellValue(village ? "行政村" : "城市社区");
                    row.getCell(5).setCellValue(1000 + i);
                    row.getCell(7).setCellValue(300.5);
                    households += 1000 + i;
                }
            }
            try (OutputStream o = Files.newOutputStream(filled)) {
                wb.write(o);
            }
        }
        Cli check = Cli.run("validate", filled.toString(), "--format", "json", "--lang", "zh");
        JsonNode report = new ObjectMapper().readTree(check.out());
        assertEquals(122, report.path("summary").path("records").asLong(), check.out());
        List<String> notes = new ArrayList<>();
        report.path("findings").forEach(f -> notes.add(f.path("rule").asText() + " " + f.path("sheet").asText()));
        assertEquals(List.of("DATA-LAYOUT 上期数据（仅供参考）", "DATA-LAYOUT 填报说明"), notes,
                "nothing but the two sheets that are not data: no row skipped, no header note, no error");
        Cli sums = Cli.run("aggregate", filled.toString(), "--by", "county", "--format", "json");
        JsonNode county = new ObjectMapper().readTree(sums.out()).path("total").path("metrics");
        assertEquals(households, county.path("households").asLong());
        assertEquals(122, county.path("units").asLong());
        assertEquals(2024, new ObjectMapper().readTree(sums.out()).path("period").asLong(), "the period the form was made for");
    }

    @Test
    void aFreshWorkspaceMakesItsFormsAndAFormNeedsAYearAndUnits() throws Exception {
        Path ws = tmp.resolve("ws");
        assertEquals(0, Cli.run("init", ws.toString()).code());
        Cli r = Cli.run("forms", ws.toString(), "-o", tmp.resolve("f").toString(), "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("年填报表 8 份，共 122 个单位"), r.err());
        Path loose = tmp.resolve("loose.csv");
        Files.writeString(loose, "统一代码,社区名称,户数\n610324001001,飞凤社区居委会,100\n");
        Cli noYear = Cli.run("forms", loose.toString(), "-o", tmp.resolve("g").toString(), "--lang", "zh");
        assertEquals(2, noYear.code());
        assertTrue(noYear.err().contains("请用 --for 年度 指定"), noYear.err());
        Cli named = Cli.run("forms", loose.toString(), "-o", tmp.resolve("h").toString(), "--for", "2024", "--lang", "zh");
        assertEquals(2, named.code(), "no jurisdiction and no dated data: no units to list");
        assertTrue(named.err().contains("没有要列出的单位"), named.err());
        assertEquals(2, Cli.run("forms", ws.toString(), "-o", tmp.resolve("i").toString(), "--by", "city").code());
    }
    @Test
    void aFilterOverLastPeriodsRowsChoosesTheUnitsToAsk() throws Exception {
        Path out = tmp.resolve("forms");
        Cli r = Cli.run("forms", FeedbackCommandTest.FUFENG.toString(), "-o", out.toString(), "--where", "社区类型 == '城市社区'", "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("只为选中的单位生成填报表"), r.err());
        assertTrue(r.err().contains("共 10 个单位"), "the ten declared urban in 2023: " + r.err());
    }
    @Test
    void anOutputFolderThatIsAFileIsOneClearLine() throws Exception {
        Path file = tmp.resolve("not-a-folder");
        Files.writeString(file, "x");
        for (String command : List.of("forms", "feedback")) {
            Cli r = Cli.run(command, FeedbackCommandTest.FUFENG.toString(), "-o", file.toString(), "--lang", "zh");
            assertEquals(2, r.code(), command + ": " + r.err());
            assertTrue(r.err().strip().endsWith("它是一个文件，不是文件夹；请用 -o 指定文件夹"), command + ": " + r.err());
            assertEquals("x", Files.readString(file), "the file is left as it was");
        }
    }
}
