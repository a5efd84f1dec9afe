package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files laid out in the other ways they arrive: units of measure in headers and cells, the
 * statistics systems' exports with their own county and township rows, instruction sheets with an
 * example row, summary sheets, a date of filling under the title, and the header names of the forms
 * in use. Whatever the layout, no total changes silently: a value is summed in its field's unit, or
 * an error says why it is not.
 */
class FilesThatArriveTest {
    @TempDir
    Path dir;

    private static JsonNode json(Cli c) throws IOException {
        return new ObjectMapper().readTree(c.out());
    }

    /** The total's metrics of {@code aggregate FILE --by county --format json}. */
    private static JsonNode total(Path file, String... more) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("aggregate", file.toString(), "--by", "county", "--format", "json",
                "-q", "--fail-on", "never", "--period", "2023"));
        args.addAll(List.of(more));
        Cli c = Cli.run(args.toArray(String[]::new));
        assertEquals(0, c.code(), c.err());
        return json(c).get("total");
    }

    private static String findings(Path file, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("validate", file.toString(), "--lang", "zh", "--period", "2023"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new)).out();
    }

    @Test
    void aUnitInTheHeaderIsConvertedExactlyAndSaidSo() throws IOException {
        Path csv = dir.resolve("units.csv");
        Files.writeString(csv, """
                统一代码,单位名称,户数（户）,综合服务设施面积（平方米）,室外活动场地面积（亩）,工作经费（元）,常住人口（万人）
                610324001001,飞凤社区居委会,1000,300,1.5,52300,0.3
                610324001004,胜利机械厂社区居委会,800,320,2,"48,000",0.25
                610324001006,祥云社区居委会,900,310,1,31700,0.28
                """);
        JsonNode m = total(csv).get("metrics");
        assertEquals(13.2, m.get("funds").asDouble(), 1e-9, "52,300 + 48,000 + 31,700 元 = 13.2 万元, never 132,000 万元");
        assertEquals(3000, m.get("outdoor_area").asDouble(), 1e-9, "4.5 亩 = 3000 平方米 (1 亩 = 10000/15)");
        assertEquals(8300, m.get("population").asLong(), "0.83 万人 = 8300 人");
        String f = findings(csv);
        assertTrue(f.contains("DATA-UNIT  第 F 列“工作经费（元）”的单位是元：按万元读取，÷10000"), f);
        assertTrue(f.contains("DATA-UNIT  第 E 列“室外活动场地面积（亩）”的单位是亩：按平方米读取"), f);
        assertTrue(f.contains("DATA-UNIT  第 G 列“常住人口（万人）”的单位是万人：按人读取，×10000"), f);
        String inspect = Cli.run("inspect", csv.toString(), "--lang", "zh").out();
        assertTrue(inspect.contains("F  工作经费（元）  →  funds（工作经费）  [元 → 万元 ÷10000]"), inspect);
        assertTrue(inspect.contains("C  户数（户）  →  households（户数）  [户]"), inspect);
        JsonNode columns = json(Cli.run("inspect", csv.toString(), "--format", "json")).get("files").get(0).get("tables").get(0).get("columns");
        assertEquals("元", columns.get(5).get("unit").asText());
        assertEquals("万元", columns.get(5).get("field_unit").asText());
        assertEquals(0.0001, columns.get(5).get("factor").asDouble(), 1e-12);
    }

    @Test
    void aUnitOfAnotherKindIsAnErrorAndTheColumnIsNotSummed() throws IOException {
        Path csv = dir.resolve("wrong.csv");
        Files.writeString(csv, """
                统一代码,社区名称,户数,综合服务设施面积,办公用房面积（户）
                610324001001,飞凤社区居委会,1000,300,90
                """);
        JsonNode total = total(csv);
        assertFalse(total.get("metrics").has("office_area") && total.get("metrics").get("office_area").asDouble() != 0
                && !total.get("missing").has("office_area"), "90 户 is no area: not summed as one");
        assertEquals(1, total.get("missing").get("office_area").asInt(), "the office area is not reported: 未报");
        String f = findings(csv);
        assertTrue(f.contains("错误  DATA-UNIT  第 E 列“办公用房面积（户）”的单位是户，不是办公用房面积的单位（应为平方米或可换算为平方米的单位）"), f);
    }

    @Test
    void cellsWithTheirOwnUnitAreConvertedAndCounted() throws IOException {
        Path csv = dir.resolve("cells.csv");
        Files.writeString(csv, """
                统一代码,社区名称,户数,综合服务设施面积,室外活动场地面积,工作经费
                610324001001,飞凤社区居委会,1000,650㎡,1.5亩,3.2万元
                610324001004,胜利机械厂社区居委会,800,300平方米,1000,5000元
                610324001006,祥云社区居委会,900,300m2,100平米,1.2
                """);
        JsonNode m = total(csv).get("metrics");
        assertEquals(1250, m.get("service_area").asDouble(), 1e-9);
        assertEquals(2100, m.get("outdoor_area").asDouble(), 1e-9, "1.5 亩 = 1000 平方米");
        assertEquals(4.9, m.get("funds").asDouble(), 1e-9, "3.2 + 0.5 + 1.2 万元");
        String f = findings(csv);
        assertTrue(f.contains("DATA-UNIT  室外活动场地面积有 1 个单元格自带单位，已换算为平方米（如 1.5亩 → 1000）"), f);
        assertTrue(f.contains("DATA-UNIT  工作经费有 1 个单元格自带单位，已换算为万元（如 5000元 → 0.5）"), f);
        assertFalse(f.contains("DATA-TYPE"), f);
        Files.writeString(csv, "统一代码,社区名称,户数,综合服务设施面积\n610324001001,飞凤社区居委会,1000,300户\n");
        assertTrue(findings(csv).contains("DATA-TYPE"), "户 is no area: the value is invalid, not stripped");
    }

    @Test
    void aStatisticsExportsCountyAndTownshipRowsAreTotalsNeverUnits() throws IOException {
        Path csv = dir.resolve("export.csv");
        Files.writeString(csv, """
                统计用区划代码,单位名称,户数,综合服务设施面积
                610324000000,扶风县,2700,1020
                610324001000,城关街道,1900,620
                610324001001,飞凤社区居委会,1000,300
                610324001004,胜利机械厂社区居委会,800,320
                610324101,天度镇,900,400
                610324101200,天度村委会,500,200
                610324101202,齐横村委会,400,200
                """);
        JsonNode total = total(csv);
        assertEquals(4, total.get("units").asInt(), "four units: the county and township rows are none");
        assertEquals(2700, total.get("metrics").get("households").asLong(), "households counted once, not three times");
        String f = findings(csv);
        assertTrue(f.contains("AGG-TOTAL  610324001 城关街道  城关街道（610324001）行的户数为 1900，文件中其所辖 2 个单位之和为 1800，相差 100"), f);
        assertFalse(f.contains("扶风县（610324）行的户数"), "the county row adds up: " + f);
        assertTrue(f.contains("跳过 3 行小计、合计行（第 2, 3, 6 行）"), f);
        assertFalse(f.contains("DATA-CODE"), "no 'code not in the registry' for the division rows: " + f);
        // the registry's one village-level code ending in 000 (金门县 at village level) is a unit, not its county's row
        Files.writeString(csv, "统计用区划代码,单位名称,户数,综合服务设施面积\n350527000000,金门县,2416,926.3\n");
        assertEquals(1, total(csv).get("units").asInt());
    }

    @Test
    void instructionAndSummarySheetsAreNotReadAsUnits() throws IOException {
        Path xlsx = dir.resolve("book.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            rows(wb.createSheet("填报说明"), new Object[][] {
                {"统一代码", "社区名称", "户数", "综合服务设施面积"},
                {"610324001001", "飞凤社区居委会（示例）", 1000, 300}});
            rows(wb.createSheet("城关街道"), new Object[][] {
                {"统一代码", "社区名称", "户数", "综合服务设施面积"},
                {"610324001001", "飞凤社区居委会", 1000, 300},
                {"610324001004", "胜利机械厂社区居委会", 800, 320}});
            rows(wb.createSheet("各镇汇总"), new Object[][] {
                {"统一代码", "社区名称", "户数", "综合服务设施面积"},
                {"", "城关街道", 1800, 620},
                {"", "天度镇", 900, 400}});
            rows(wb.createSheet("Sheet4"), new Object[][] { // titled as instructions, named by nobody
                {"扶风县社区基本情况统计表填报说明"},
                {"统一代码", "社区名称", "户数", "综合服务设施面积"},
                {"610324001006", "祥云社区居委会", 900, 310}});
            wb.write(out);
        }
        JsonNode total = total(xlsx, "--jurisdiction", "610324");
        assertEquals(2, total.get("units").asInt(), "only 城关街道's two units; no example row, no township row");
        assertEquals(1800, total.get("metrics").get("households").asLong());
        String f = findings(xlsx, "--jurisdiction", "610324");
        assertTrue(f.contains("工作表“填报说明”按名称是填报说明或示例，未读取"), f);
        assertTrue(f.contains("此表的标题是填报说明（扶风县社区基本情况统计表填报说明）：其中的行（多为填写示例）未作为单位读取"), f);
        assertTrue(f.contains("此表各行都是乡镇或更高一级区划的行（汇总表），没有读取任何单位"), f);
        assertFalse(f.contains("天度镇（610324101）行的户数"), "天度镇 has no unit in the file to compare with: " + f);
        // named on purpose, an instructions sheet is read as any sheet
        assertTrue(findings(xlsx, "--sheet", "填报说明").contains("DATA-NAME"), "its example row is read when asked for");
    }

    private static void rows(Sheet sheet, Object[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (v != null && !v.toString().isEmpty()) {
                    row.createCell(c).setCellValue(v.toString());
                }
            }
        }
    }

    @Test
    void theDateOfFillingIsNotThePeriod() throws IOException {
        Path csv = dir.resolve("dated.csv");
        Files.writeString(csv, """
                扶风县2023年城乡社区基本情况统计表,,,
                填报单位：城关街道,,填报日期：2024年1月8日,
                统一代码,社区名称,户数,综合服务设施面积
                610324001001,飞凤社区居委会,1000,300
                """, Charset.forName("UTF-8"));
        Cli c = Cli.run("aggregate", csv.toString(), "--by", "county", "--format", "json", "-q", "--fail-on", "never");
        assertEquals(2023, json(c).get("period").asInt(), c.out() + c.err());
        Files.writeString(csv, """
                扶风县2023年城乡社区基本情况统计表（2022年度）,,,
                统一代码,社区名称,户数,综合服务设施面积
                610324001001,飞凤社区居委会,1000,300
                """);
        String f = Cli.run("validate", csv.toString(), "--lang", "zh").out();
        assertTrue(f.contains("错误  DATA-LAYOUT  标题行中有两个不同的期间：2023年（“扶风县2023年城乡社区基本情况统计表（2022年度）”）和2022年"), f);
    }

    @Test
    void theFormsHeaderNamesAreKnown() throws IOException {
        Path csv = dir.resolve("names.csv");
        for (String[] header : new String[][] {{"行政区划代码", "单位详细名称"}, {"统计用区划代码", "村（居）委会名称"}, {"区划代码", "单位名称"}}) {
            Files.writeString(csv, header[0] + "," + header[1] + ",户数,综合服务设施面积\n610324001001,飞凤社区居委会,1000,300\n");
            String f = findings(csv);
            assertFalse(f.contains("DATA-HEADER"), String.join(",", header) + ": " + f);
        }
    }
}
