package org.shequ.core.validate;

import org.shequ.core.schema.Period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.io.ReadLimits;
import org.shequ.core.io.SourceFile;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.validate.checks.DataChecks;

/**
 * Workbooks laid out as township clerks fill them (see {@link ClerkSheets}): every sheet read,
 * two-row headers with merged parents, subtotal, total, blank and signature rows skipped and
 * counted, subtotals checked against their units, "—" for not applicable, the period from the
 * title; the same sheet saved as GBK CSV reads the same.
 */
class ClerkLayoutTest {
    private static final String TITLE = "扶风县2023年城乡社区基本情况统计表";
    @TempDir
    Path dir;

    /** Households per township as the records say, and the records read. */
    private static final class Sums implements RecordListener {
        final Map<String, Long> households = new TreeMap<>();
        final List<Record> records = new ArrayList<>();

        @Override
        public void accept(Record r) {
            records.add(r);
            Object v = r.value(r.kind().field("households").orElseThrow());
            households.merge(r.unit() == null ? "?" : r.unit().substring(0, 9), v instanceof Long l ? l : 0L, Long::sum);
        }
    }

    private Report validate(SourceFile file, Period period, Sums sums) {
        return new Validator(Dictionary.builtIn(), DivisionRegistry.bundled(), new Settings(period, null, ReadLimits.DEFAULT),
                DataChecks::all).validate(List.of(file), List.of(sums), Validator.Progress.NONE);
    }

    private static List<ClerkSheets.Sheet> county() {
        return county(0);
    }

    /** The county workbook, its 全县合计 off by {@code totalError} households. */
    private static List<ClerkSheets.Sheet> county(int totalError) {
        List<Object[]> tiandu = ClerkSheets.units("610324101");
        tiandu.get(2)[8] = "—";  // outdoor ground: not applicable
        tiandu.get(3)[8] = "/";
        List<Object[]> wujing = ClerkSheets.units("610324102");
        List<Object[]> famen = ClerkSheets.units("610324107");
        List<Object[]> all = new ArrayList<>(tiandu);
        all.addAll(wujing);
        all.addAll(famen);
        Object[] breakdown = new Object[ClerkSheets.PARENTS.length];
        breakdown[1] = "其中：城市社区";
        breakdown[4] = 1234;
        List<ClerkSheets.Sheet> sheets = new ArrayList<>();
        sheets.add(ClerkSheets.township("天度镇", TITLE, tiandu, 10, List.<Object[]>of(ClerkSheets.signature())));
        sheets.add(new ClerkSheets.Sheet("下拉选项", true, List.<Object[]>of(new Object[] {"社区类型", "户数"},
                new Object[] {"城市社区", 1}, new Object[] {"行政村", 2}), List.of()));
        sheets.add(ClerkSheets.township("午井镇", TITLE, wujing, 0, List.of()));
        sheets.add(ClerkSheets.township("法门镇", TITLE, famen, 0,
                List.<Object[]>of(ClerkSheets.total("全县合计", all, totalError), breakdown, ClerkSheets.signature())));
        sheets.add(new ClerkSheets.Sheet("填表说明", false, List.<Object[]>of(new Object[] {"填表说明：每个村（社区）填一行，面积单位为平方米。"}), List.of()));
        return sheets;
    }

    private static long households(List<Object[]> units) {
        return units.stream().mapToLong(u -> ((Number) u[4]).longValue()).sum();
    }

    private static List<String> rules(Report r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule))
                .map(f -> f.location().sheet() + ":" + f.location().line() + ":" + f.messageKey()
                        + (f.location().field() == null ? "" : ":" + f.location().field())).toList();
    }

    @Test
    void everySheetOfACountyWorkbookIsReadAndItsLayoutSkippedAndCounted() throws IOException {
        Path file = dir.resolve("county.xlsx");
        ClerkSheets.xlsx(file, county());
        Sums sums = new Sums();
        Report r = validate(SourceFile.of(file, "county.xlsx"), null, sums);

        int units = ClerkSheets.units("610324101").size() + ClerkSheets.units("610324102").size()
                + ClerkSheets.units("610324107").size();
        assertEquals(units, r.summary().records(), "every unit of the three township sheets, nothing else");
        assertEquals(Map.of("610324101", households(ClerkSheets.units("610324101")),
                "610324102", households(ClerkSheets.units("610324102")),
                "610324107", households(ClerkSheets.units("610324107"))), sums.households);
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() == Severity.ERROR
                && !f.rule().equals("AGG-TOTAL")).map(f -> f.rule() + " " + f.location()).toList(), "no error but the wrong subtotal");
        int tianduSubtotal = 3 + ClerkSheets.units("610324101").size() + 2;
        assertEquals(List.of("天度镇:" + tianduSubtotal + ":AGG-TOTAL.rows:households"), rules(r, "AGG-TOTAL"),
                "the clerk's subtotal is 10 households too many; the county total and the other subtotals add up");
        List<String> layout = rules(r, "DATA-LAYOUT");
        assertTrue(layout.contains("下拉选项:0:DATA-LAYOUT.sheet.hidden"), layout.toString());
        assertTrue(layout.contains("填表说明:0:DATA-LAYOUT.sheet.instructions"), "named as instructions: " + layout);
        assertTrue(layout.contains("天度镇:" + tianduSubtotal + ":DATA-LAYOUT.rows.total"), layout.toString());
        assertTrue(layout.contains("天度镇:" + (tianduSubtotal - 1) + ":DATA-LAYOUT.rows.blank"), layout.toString());
        assertTrue(layout.contains("天度镇:" + (tianduSubtotal + 1) + ":DATA-LAYOUT.rows.signature"), layout.toString());
        assertTrue(layout.stream().anyMatch(l -> l.startsWith("法门镇:") && l.endsWith("DATA-LAYOUT.rows.breakdown")), layout.toString());
        assertTrue(layout.contains("天度镇:1:DATA-LAYOUT.periodFromTitle"), layout.toString());
        assertTrue(sums.records.stream().allMatch(x -> Period.year(2023).equals(x.period())), "the period from the title");
        Record dash = sums.records.get(2);
        assertEquals(null, dash.value(dash.kind().field("outdoor_area").orElseThrow()), "— is not applicable: empty, not a type error");
    }

    /**
     * A 全县合计 on the last sheet that is wrong in one field is judged against the whole file it matches in every
     * other field: one finding that says so, not one for each field against the units of its own sheet.
     */
    @Test
    void aWorkbookTotalWrongInOneFieldIsOneDifferenceOfTheFile() throws IOException {
        Path file = dir.resolve("county.xlsx");
        ClerkSheets.xlsx(file, county(5));
        Report r = validate(SourceFile.of(file, "county.xlsx"), null, new Sums());
        int tianduSubtotal = 3 + ClerkSheets.units("610324101").size() + 2;
        int countyTotal = 3 + ClerkSheets.units("610324107").size() + 3; // after its units, a blank row and the 小计
        assertEquals(List.of("天度镇:" + tianduSubtotal + ":AGG-TOTAL.rows:households", "法门镇:" + countyTotal + ":AGG-TOTAL.file:households"),
                rules(r, "AGG-TOTAL"));
    }

    /**
     * A subtotal is not judged in a field whose sum is unknown: a unit wrote a number out of range (households −5,
     * DATA-RANGE), or no unit wrote any (population left blank above a subtotal that has one). Never "之和为 0",
     * never the rejected number added in.
     */
    @Test
    void aSubtotalIsNotJudgedWhereTheSumIsUnknown() throws IOException {
        List<Object[]> units = ClerkSheets.units("610324102");
        Object[] first = units.get(0);
        int written = ((Number) first[4]).intValue();
        first[4] = -5; // the subtotal below is the clerk's, of the value before the slip
        units.forEach(u -> u[5] = null);
        List<ClerkSheets.Sheet> sheets = new ArrayList<>(List.of(ClerkSheets.township("午井镇", TITLE, units, written + 5, List.of())));
        Object[] subtotal = sheets.get(0).rows().get(sheets.get(0).rows().size() - 1);
        subtotal[5] = 9999; // a population the units never wrote
        Path file = dir.resolve("wujing.xlsx");
        ClerkSheets.xlsx(file, sheets);
        Report r = validate(SourceFile.of(file, "wujing.xlsx"), null, new Sums());
        assertEquals(List.of(), rules(r, "AGG-TOTAL"));
        assertTrue(rules(r, "DATA-RANGE").stream().anyMatch(l -> l.endsWith(":households")), rules(r, "DATA-RANGE").toString());
    }

    @Test
    void aTwoRowHeaderBindsChildrenParentsAndParentPlusChild() throws IOException {
        Path file = dir.resolve("county.xlsx");
        ClerkSheets.xlsx(file, county());
        List<Binding> bound = new ArrayList<>();
        Sums sums = new Sums();
        new Validator(Dictionary.builtIn(), DivisionRegistry.bundled(), Settings.defaults(),
                () -> List.of(new Check() {
                    @Override public String id() { return "T"; }
                    @Override public void header(Binding b, CheckContext ctx) { bound.add(b); }
                })).validate(List.of(SourceFile.of(file, "county.xlsx")), List.of(sums), Validator.Progress.NONE);
        assertEquals(3, bound.size(), "one binding per township sheet");
        List<String> fields = bound.get(0).columns().stream()
                .map(c -> c.status() == Column.Status.FIELD ? c.field().key() : c.status().name()).toList();
        assertEquals(List.of("LAYOUT", "name", "code", "type", "households", "population", "service_area", "office_area",
                "outdoor_area", "dibao_households", "dibao_persons", "satisfaction", "UNKNOWN"), fields);
        assertEquals("综合服务设施面积（平方米）/总面积", bound.get(0).columns().get(6).header());
        assertEquals(List.of(2, 3), bound.get(0).lines());
    }

    @Test
    void xlsAndTheCsvAWorkbookSavesGiveTheSameFindings() throws IOException {
        Path xlsx = dir.resolve("county.xlsx");
        Path xls = dir.resolve("county.xls");
        ClerkSheets.xlsx(xlsx, county());
        ClerkSheets.xls(xls, county());
        Report a = validate(SourceFile.of(xlsx, "county"), null, new Sums());
        Report b = validate(SourceFile.of(xls, "county"), null, new Sums());
        assertEquals(Validation.rows(a), Validation.rows(b));

        Path csv = dir.resolve("天度镇.csv");
        ClerkSheets.csv(csv, Charset.forName("GBK"), county().get(0));
        Sums sums = new Sums();
        Report c = validate(SourceFile.of(csv, "天度镇.csv"), null, sums);
        assertEquals(ClerkSheets.units("610324101").size(), c.summary().records());
        assertEquals(households(ClerkSheets.units("610324101")), sums.households.get("610324101"));
        List<String> fromSheet = a.findings().stream().filter(f -> "天度镇".equals(f.location().sheet()))
                .map(f -> f.location().line() + " " + f.rule() + " " + f.messageKey() + " " + f.location().field()).toList();
        List<String> fromCsv = c.findings().stream()
                .map(f -> f.location().line() + " " + f.rule() + " " + f.messageKey() + " " + f.location().field()).toList();
        assertEquals(fromSheet, fromCsv, "the CSV (merged cells empty) is read as the sheet is");
    }

    @Test
    void aCoverNoteAboveTheHeaderAndATotalAboveTheUnits() throws IOException {
        List<Object[]> units = ClerkSheets.units("610324106");
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"填报说明：本表由各镇（街）民政办填报，1月10日前报县民政局。"});
        rows.add(new Object[] {"单位：户、人、平方米"});
        rows.add(new Object[] {TITLE});
        rows.add(ClerkSheets.PARENTS);
        rows.add(ClerkSheets.CHILDREN);
        rows.add(ClerkSheets.total("合计", units, 0));
        rows.addAll(units);
        rows.add(ClerkSheets.total("合计", units, 0)); // a second total below, also right
        List<int[]> merges = new ArrayList<>();
        for (int[] m : ClerkSheets.BAND_MERGES) {
            merges.add(new int[] {m[0] + 3, m[1] + 3, m[2], m[3]});
        }
        Path file = dir.resolve("召公镇.xlsx");
        ClerkSheets.xlsx(file, List.of(new ClerkSheets.Sheet("召公镇", false, rows, merges)));
        Report r = validate(SourceFile.of(file, "召公镇.xlsx"), Period.year(2023), new Sums());
        assertEquals(units.size(), r.summary().records());
        assertEquals(List.of(), rules(r, "AGG-TOTAL"));
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());

        rows.set(5, ClerkSheets.total("合计", units, -7));
        ClerkSheets.xlsx(file, List.of(new ClerkSheets.Sheet("召公镇", false, rows, merges)));
        Report wrong = validate(SourceFile.of(file, "召公镇.xlsx"), Period.year(2023), new Sums());
        assertEquals(List.of("召公镇:6:AGG-TOTAL.rows:households"), rules(wrong, "AGG-TOTAL"), "a total above its units covers the units below");
    }

    @Test
    void repeatedHeadersColumnNumbersSectionsNotesAndNumberedEmptyRowsAreNotUnits() throws IOException {
        Path csv = dir.resolve("blocks.csv");
        java.nio.file.Files.writeString(csv, String.join("\n",
                "序号,统一代码,社区名称,户数,综合服务设施面积",
                "甲,乙,丙,1,2",
                "一、城关街道,,,,",
                "1,610324001001,飞凤社区居委会,1000,300",
                "2,610324001004,胜利机械厂社区居委会,800,240",
                "3,,,,",
                "序号,统一代码,社区名称,户数,综合服务设施面积",
                "二、天度镇,,,,",
                "1,610324101200,天度村委会,500,150",
                "注：面积单位为平方米。,,,,",
                "") + "\n");
        Report r = validate(SourceFile.of(csv, "blocks.csv"), Period.year(2023), new Sums());
        assertEquals(3, r.summary().records());
        assertEquals(List.of("null:2:DATA-LAYOUT.rows.column-numbers", "null:3:DATA-LAYOUT.rows.section",
                "null:6:DATA-LAYOUT.rows.no-data", "null:7:DATA-LAYOUT.rows.header", "null:10:DATA-LAYOUT.rows.note"),
                rules(r, "DATA-LAYOUT"));
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() != Severity.INFO).toList());
    }

    @Test
    void aRowWithABadCodeIsNamedByTheCodeAsWrittenAndItsName() throws IOException {
        Path csv = dir.resolve("bad.csv");
        java.nio.file.Files.writeString(csv, "统一代码,社区名称,户数,综合服务设施面积\n61032410120,天度村委会,100,-5\n");
        Report r = validate(SourceFile.of(csv, "bad.csv"), Period.year(2023), new Sums());
        assertEquals(List.of("DATA-CODE 61032410120 天度村委会", "DATA-RANGE 61032410120 天度村委会"),
                r.findings().stream().map(f -> f.rule() + " " + f.unit() + " " + f.unitName()).toList());
    }
}
