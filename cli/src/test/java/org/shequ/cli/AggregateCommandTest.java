package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.output.Columns;

class AggregateCommandTest {
    static final Path FUFENG = Path.of("..", "samples", "fufeng");

    @TempDir
    Path dir;

    /**
     * The sample's households and service area per township, summed here straight from the raw
     * files with Commons CSV and POI (not through shequ's readers): valid, non-negative numbers
     * only, each unit once, the unit with an unregistered code under "unknown".
     */
    static Map<String, double[]> independentTotals() throws Exception {
        Map<String, double[]> sums = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        try (Reader r = Files.newBufferedReader(FUFENG.resolve("data/城关街道.csv"), Charset.forName("GB18030"));
             CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.RFC4180.builder().setHeader().get()).get()) {
            for (CSVRecord rec : p) {
                add(sums, seen, rec.get(0), rec.get("户数（户）"), rec.get("综合服务设施面积（m²）"), rec.get("办公用房面积（m²）"));
            }
        }
        try (InputStream in = Files.newInputStream(FUFENG.resolve("data/各镇社区基本情况.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            DataFormatter f = new DataFormatter();
            for (Sheet s : wb) {
                if (wb.isSheetHidden(wb.getSheetIndex(s))) {
                    continue;
                }
                // a sheet per town: title, two header rows, then units (a 12-digit code in column B) until the 小计
                for (int i = 3; i <= s.getLastRowNum(); i++) {
                    Row row = s.getRow(i);
                    String code = row == null ? "" : f.formatCellValue(row.getCell(1));
                    if (code.matches("\\d{12}")) {
                        add(sums, seen, code, f.formatCellValue(row.getCell(5)), f.formatCellValue(row.getCell(7)),
                                f.formatCellValue(row.getCell(8)));
                    }
                }
            }
        }
        return sums;
    }

    private static void add(Map<String, double[]> sums, Set<String> seen, String code, String households, String area, String office) {
        if (!seen.add(code)) {
            return;
        }
        String key = code.equals("610324101999") ? "unknown" : code.substring(0, 9);
        double[] s = sums.computeIfAbsent(key, k -> new double[5]);
        s[2]++;
        boolean h = households.matches("\\d+");
        boolean a = area.matches("\\d+(\\.\\d+)?");
        if (h) {
            s[0] += Double.parseDouble(households);
        }
        if (a) {
            s[1] += Double.parseDouble(area);
        }
        boolean contradicted = a && office.matches("\\d+(\\.\\d+)?") && Double.parseDouble(office) > Double.parseDouble(area);
        if (h && a && Double.parseDouble(households) > 0 && !contradicted) {
            // a ratio is over the units that reported both its parts, and not of an area smaller than its offices
            s[3] += Double.parseDouble(households);
            s[4] += Double.parseDouble(area);
        }
    }

    @Test
    void sampleAggregatesMatchTotalsComputedIndependently() throws Exception {
        Cli r = Cli.run("aggregate", FUFENG.toString(), "--period", "2023", "--by", "township", "--format", "json", "-q");
        assertEquals(1, r.code(), "the sample's errors fail aggregate as they fail validate: " + r.err());
        assertEquals(0, Cli.run("aggregate", FUFENG.toString(), "--period", "2023", "--format", "json", "-q", "--fail-on", "never").code());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("township", json.get("by").asText());
        assertEquals(2023, json.get("period").asInt());
        Map<String, double[]> expected = independentTotals();
        assertEquals(expected.size(), json.get("rows").size());
        double households = 0;
        for (JsonNode row : json.get("rows")) {
            double[] e = expected.get(row.get("code").asText());
            assertEquals(e[2], row.get("units").asDouble(), row.get("code").asText());
            assertEquals(e[0], row.get("metrics").get("households").asDouble(), 1e-9, row.get("code").asText());
            assertEquals(e[1], row.get("metrics").get("service_area").asDouble(), 1e-6, row.get("code").asText());
            assertEquals(Math.round(e[4] * 100 / e[3] * 10000) / 10000.0,
                    row.get("metrics").get("service_area_per_100").asDouble(), 1e-9, row.get("code").asText());
            households += e[0];
        }
        assertEquals(households, json.get("total").get("metrics").get("households").asDouble(), 1e-9);
        assertEquals("扶风县", json.get("total").get("name").asText());
    }

    /** An empty file: its finding, and a total of 0 units that states no other figure (nobody reported households: not 0). */
    @Test
    void anEmptyFilesTotalCountsNoUnitAndReportsNothingElse() throws Exception {
        Path empty = dir.resolve("空表.csv");
        Files.writeString(empty, "");
        Cli r = Cli.run("aggregate", empty.toString(), "--format", "json", "-q");
        assertEquals(1, r.code(), r.err());
        JsonNode metrics = new ObjectMapper().readTree(r.out()).get("total").get("metrics");
        assertEquals(0, metrics.get("units").asInt());
        assertEquals(0, metrics.get("urban_units").asInt());
        for (String key : List.of("households", "service_area", "fulltime_staff", "social_orgs")) {
            assertTrue(metrics.get(key).isNull(), key + " of no unit is not 0: " + metrics);
        }
        // a staff register alone: no unit's row, but the register's own figures
        Path register = dir.resolve("名册.yaml");
        Files.writeString(register, "staff:\n  - {编号: S-1, 姓名: 王建华, 所属社区: \"610324001001\", 岗位: 两委成员, 年度培训学时: 42}\n");
        JsonNode staff = new ObjectMapper().readTree(Cli.run("aggregate", register.toString(), "--format", "json", "-q").out())
                .get("total").get("metrics");
        assertEquals(1, staff.get("staff_people").asInt(), staff.toString());
        assertTrue(staff.get("households").isNull(), staff.toString());
        Cli csv = Cli.run("aggregate", empty.toString(), "--format", "csv", "--lang", "zh", "-q");
        assertTrue(csv.out().contains(",total,合计,0,0,0,,,"), csv.out());
    }

    @Test
    void xlsxHasNumericCellsWithFormatsAFrozenHeaderAndAFilter() throws Exception {
        Path out = dir.resolve("agg.xlsx");
        Cli r = Cli.run("aggregate", FUFENG.toString(), "--period", "2023", "--by", "township,county", "--format", "xlsx", "-o", out.toString(), "--lang", "zh", "-q");
        assertEquals(1, r.code(), r.err());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("乡镇（街道）", "县（区）"), List.of(wb.getSheetName(0), wb.getSheetName(1)));
            XSSFSheet s = wb.getSheetAt(0);
            Row head = s.getRow(0);
            assertEquals("名称", head.getCell(1).getStringCellValue());
            int households = -1;
            int rate = -1;
            for (Cell c : head) {
                if (c.getStringCellValue().equals("户数（户）")) {
                    households = c.getColumnIndex();
                }
                if (c.getStringCellValue().startsWith("达标率 STD-SPACE-100")) {
                    rate = c.getColumnIndex();
                }
            }
            Cell h = s.getRow(1).getCell(households);
            assertEquals(CellType.NUMERIC, h.getCellType());
            assertEquals("#,##0", h.getCellStyle().getDataFormatString());
            Cell p = s.getRow(1).getCell(rate);
            assertEquals(CellType.NUMERIC, p.getCellType());
            assertEquals("0.0%", p.getCellStyle().getDataFormatString());
            assertTrue(p.getNumericCellValue() <= 1);
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(s.getCTWorksheet().isSetAutoFilter());
        }
    }

    /**
     * --sort ranks each level's rows by a metric (rows without it last), --desc largest first, --top
     * keeps the first N; the total stays every unit's, the columns stay in the total's order.
     */
    @Test
    void rowsAreRankedByAMetricAndCutToTheTopN() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode all = json.readTree(Cli.run("aggregate", FUFENG.toString(), "--period", "2023", "--format", "json", "-q").out());
        com.fasterxml.jackson.databind.JsonNode top = json.readTree(Cli.run("aggregate", FUFENG.toString(), "--period", "2023", "--format", "json", "-q",
                "--sort", "households", "--desc", "--top", "3").out());
        List<double[]> expected = new java.util.ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode row : all.get("rows")) {
            if (!row.get("code").asText().equals("unknown")) {
                expected.add(new double[] {row.get("metrics").get("households").asDouble(), Double.parseDouble(row.get("code").asText())});
            }
        }
        expected.sort((a, b) -> Double.compare(b[0], a[0]));
        assertEquals(3, top.get("rows").size());
        for (int i = 0; i < 3; i++) {
            assertEquals(expected.get(i)[0], top.get("rows").get(i).get("metrics").get("households").asDouble(), "rank " + (i + 1));
        }
        assertEquals(all.get("total"), top.get("total"), "the total is every unit's, not the three's");
        String asc = Cli.run("aggregate", FUFENG.toString(), "--period", "2023", "--format", "csv", "-q", "--sort", "pass_rate.STD-SPACE-100").out();
        List<String> lines = asc.lines().toList();
        assertTrue(lines.get(1).contains("召公镇"), "the lowest pass rate first: " + lines.get(1));
        assertEquals(Cli.run("aggregate", FUFENG.toString(), "--period", "2023", "--format", "csv", "-q").out().lines().findFirst().orElseThrow(),
                lines.get(0), "the same columns in the same order");

        Cli unknown = Cli.run("aggregate", FUFENG.toString(), "--sort", "nothing", "-q", "--lang", "zh");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("不能按“nothing”排序：可用的指标为") && unknown.err().contains("service_area_per_100"), unknown.err());
        assertEquals(2, Cli.run("aggregate", FUFENG.toString(), "--top", "3", "-q").code(), "--top without --sort");
        assertEquals(2, Cli.run("aggregate", FUFENG.toString(), "--sort", "units", "--top", "0", "-q").code());
    }

    /**
     * --pivot crosses each level with a field: one row per township and type, whose counts add up
     * to the township's and whose ratios are the cell's own sums divided, not an average.
     */
    @Test
    void aPivotGivesEachTownshipARowPerTypeWithItsOwnRatios() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode plain = json.readTree(Cli.run("aggregate", FUFENG.toString(), "--period", "2023", "--format", "json", "-q").out());
        com.fasterxml.jackson.databind.JsonNode crossed = json.readTree(Cli.run("aggregate", FUFENG.toString(), "--period", "2023", "--format", "json", "-q",
                "--pivot", "type").out());
        assertEquals("township×type", crossed.get("by").asText());
        java.util.Map<String, Long> units = new java.util.TreeMap<>();
        java.util.Map<String, double[]> area = new java.util.TreeMap<>();
        for (com.fasterxml.jackson.databind.JsonNode row : crossed.get("rows")) {
            String township = row.get("code").asText().split("\\|")[0];
            units.merge(township, row.get("units").asLong(), Long::sum);
            com.fasterxml.jackson.databind.JsonNode m = row.get("metrics");
            if (row.get("code").asText().equals("610324001|urban")) {
                assertEquals("城关街道 · 城市社区", row.get("name").asText());
                double ratio = m.get("service_area_per_100").asDouble();
                assertTrue(ratio > 0 && ratio != plain.get("rows").get(0).get("metrics").get("service_area_per_100").asDouble(),
                        "the urban cell's own ratio, not the township's");
            }
        }
        java.util.Map<String, Long> expected = new java.util.TreeMap<>();
        for (com.fasterxml.jackson.databind.JsonNode row : plain.get("rows")) {
            expected.put(row.get("code").asText(), row.get("units").asLong());
        }
        assertEquals(expected, units, "each township's cells add up to its units");
        assertEquals(plain.get("total"), crossed.get("total"), "the total is the same");
        Cli bad = Cli.run("aggregate", FUFENG.toString(), "--pivot", "nothing", "-q", "--lang", "zh");
        assertEquals(2, bad.code());
    }

    @Test
    void theTableAlignsChineseNames() {
        Cli r = Cli.run("aggregate", FUFENG.toString(), "--period", "2023", "--by", "township", "--lang", "zh", "-q");
        List<String> lines = r.out().lines().skip(1).filter(l -> !l.startsWith("*")).toList();
        assertTrue(r.out().contains("\n* 有单位未报该项"), "incomplete sums are marked and explained");
        assertTrue(r.out().contains("19317*"), "城关街道's households: 百合社区 did not report a number");
        String header = lines.get(0);
        int col = Columns.width(header.substring(0, header.indexOf("单位数")));
        for (String line : lines) {
            String[] parts = line.split("  +");
            String prefix = line.substring(0, line.indexOf(parts[2], Columns.width(parts[0]) > 0 ? parts[0].length() + parts[1].length() : 0));
            assertEquals(col, Columns.width(prefix), line);
        }
        assertTrue(r.out().contains("城关街道"));
        assertEquals(4, Columns.width("城关"));
    }

    @Test
    void theAccessBurdenJoinsTheAggregates() throws Exception {
        Cli r = Cli.run("aggregate", "../samples/longshan", "--by", "township,county", "--format", "json", "-q");
        assertEquals(1, r.code(), r.err());
        JsonNode levels = new ObjectMapper().readTree(r.out());
        JsonNode total = levels.get(1).get("total").get("metrics");
        assertEquals(311, total.get("tasks").asInt(), "312 in the ledger; the one on 220403001001, another district's, counts nowhere");
        assertEquals(9, total.get("tasks_not_allowed").asInt(), "the sample's nine errors; a department warning is allowed");
        assertEquals(2, total.get("certificates_demanded").asInt());
        JsonNode dongji = levels.get(0).get("rows").get(0);
        assertEquals("220402001", dongji.get("code").asText());
        assertTrue(dongji.get("metrics").get("tasks").asInt() >= 12);
    }

    @Test
    void mdAndCsvToo() {
        Cli md = Cli.run("aggregate", FUFENG.toString(), "--period", "2023", "--format", "md", "--lang", "zh", "-q");
        assertTrue(md.out().startsWith("## 乡镇（街道）\n\n| 代码 | 名称 |"), md.out());
        Cli chinese = Cli.run("aggregate", FUFENG.toString(), "--period", "2023", "--format", "csv", "-q");
        assertTrue(chinese.out().startsWith("\uFEFF层级,年度,代码,名称,单位数（个）"), "Chinese unless asked: " + chinese.out().substring(0, 40));
        Cli csv = Cli.run("aggregate", FUFENG.toString(), "--period", "2023", "--format", "csv", "--lang", "en", "-q");
        assertTrue(csv.out().startsWith("\uFEFFby,period,code,name,units"), csv.out().substring(0, 40));
        assertTrue(csv.out().contains("\ntownship,2023,610324001,城关街道,25,"), csv.out().substring(0, 400));
        assertEquals(2, Cli.run("aggregate", FUFENG.toString(), "--period", "2023", "--format", "xlsx").code(), "xlsx needs -o");
        assertEquals(2, Cli.run("aggregate", FUFENG.toString(), "--period", "2023", "--by", "nonsense").code());
    }
}
