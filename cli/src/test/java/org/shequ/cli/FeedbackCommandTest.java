package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shequ feedback} and run's out/feedback: each file back to its sender, marked. */
class FeedbackCommandTest {
    static final Path FUFENG = Path.of("..", "samples", "fufeng");
    private static final DataFormatter TEXT = new DataFormatter();

    @TempDir
    Path tmp;

    private static Workbook open(Path p) throws Exception {
        return WorkbookFactory.create(p.toFile(), null, true);
    }

    @Test
    void theCountyWorkbookComesBackAsItWasWithItsCellsMarked() throws Exception {
        Path ws = SampleWorkspaceTest.copy(FUFENG, tmp);
        Cli r = Cli.run("run", ws.toString(), "--lang", "zh");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("反馈：写出 5 份反馈工作簿"), r.out());
        Path copy = ws.resolve("out/feedback/各镇社区基本情况-问题反馈.xlsx");
        try (Workbook original = open(ws.resolve("data/各镇社区基本情况.xlsx")); Workbook marked = open(copy)) {
            assertEquals("问题清单", marked.getSheetName(0), "the findings list comes first");
            assertEquals(original.getNumberOfSheets() + 1, marked.getNumberOfSheets());
            for (Sheet s : original) {
                Sheet m = marked.getSheet(s.getSheetName());
                assertEquals(s.getNumMergedRegions(), m.getNumMergedRegions(), s.getSheetName());
                assertEquals(marked.isSheetHidden(marked.getSheetIndex(m)), original.isSheetHidden(original.getSheetIndex(s)));
                for (int c = 0; c < 50; c++) {
                    assertEquals(s.getColumnWidth(c), m.getColumnWidth(c));
                }
                for (Row row : s) {
                    for (Cell cell : row) {
                        Cell other = m.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
                        assertEquals(TEXT.formatCellValue(cell), TEXT.formatCellValue(other), "values untouched: " + cell.getAddress());
                        if (other.getCellComment() == null) {
                            assertEquals(cell.getCellStyle().getDataFormatString(), other.getCellStyle().getDataFormatString());
                            assertEquals(cell.getCellStyle().getFillForegroundColor(), other.getCellStyle().getFillForegroundColor(),
                                    "styles untouched where nothing was found: " + s.getSheetName() + "!" + cell.getAddress());
                        }
                    }
                }
            }
            Cell households = marked.getSheet("天度镇").getRow(3).getCell(5);
            assertEquals(IndexedColors.ROSE.getIndex(), households.getCellStyle().getFillForegroundColor(), "an error is red");
            assertTrue(households.getCellComment().getString().getString().contains("户数为 -35户，低于下限 0户（DATA-RANGE）"));
            Cell name = marked.getSheet("午井镇").getRow(3).getCell(2);
            assertEquals(IndexedColors.LIGHT_YELLOW.getIndex(), name.getCellStyle().getFillForegroundColor(), "a warning is yellow");
            Cell subtotal = marked.getSheet("绛帐镇").getRow(25).getCell(5);
            assertTrue(subtotal.getCellComment().getString().getString().contains("AGG-TOTAL"), "the wrong 小计 is marked too");
            Sheet list = marked.getSheet("问题清单");
            List<String> links = new ArrayList<>();
            List<String> levels = new ArrayList<>();
            assertEquals("级别", list.getRow(0).getCell(0).getStringCellValue(), "the level comes first");
            for (Row row : list) {
                if (row.getCell(6) != null && row.getCell(6).getHyperlink() != null) {
                    links.add(row.getCell(6).getHyperlink().getAddress());
                }
                if (row.getRowNum() > 0) {
                    levels.add(row.getCell(0).getStringCellValue());
                    assertFalse(row.getCell(7).getStringCellValue().equals("DATA-LAYOUT"), "layout notes stay with the analyst");
                    assertFalse(row.getCell(6).getStringCellValue().contains("--") || row.getCell(6).getStringCellValue().contains("shequ.yaml"),
                            "no command-line advice for a clerk: " + row.getCell(6).getStringCellValue());
                }
            }
            assertTrue(links.contains("'天度镇'!F4") && links.contains("'绛帐镇'!F26"), links.toString());
            List<String> sorted = new ArrayList<>(levels);
            sorted.sort(java.util.Comparator.comparingInt(l -> List.of("错误", "警告", "提示").indexOf(l)));
            assertEquals(sorted, levels, "errors, then warnings, then notes");
            assertTrue(levels.contains("错误") && levels.contains("警告"), levels.toString());
        }
        assertFalse(Files.exists(ws.resolve("out/feedback/2022年社区基本情况-问题反馈.xlsx")), "a file without findings gets none");
    }

    @Test
    void aCsvComesBackAsAWorkbookOnTheSameRows() throws Exception {
        Path out = tmp.resolve("fb");
        Cli r = Cli.run("feedback", FUFENG.resolve("data/城关街道.csv").toString(), "-o", out.toString(), "--lang", "zh");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("写出 1 份反馈工作簿，共 4 条问题"), r.err());
        try (Workbook wb = open(out.resolve("城关街道-问题反馈.xlsx"))) {
            Sheet data = wb.getSheet("数据");
            assertEquals("统一代码", TEXT.formatCellValue(data.getRow(0).getCell(0)), "the header first");
            assertEquals("610324001004", TEXT.formatCellValue(data.getRow(2).getCell(0)), "line 3 is row 3");
            Cell office = data.getRow(2).getCell(8);
            assertEquals("180", TEXT.formatCellValue(office));
            assertEquals(IndexedColors.ROSE.getIndex(), office.getCellStyle().getFillForegroundColor());
            assertTrue(office.getCellComment().getString().getString().contains("DATA-CONSISTENCY"));
            assertNull(data.getRow(1).getCell(0).getCellComment());
            assertTrue(data.getColumnWidth(0) >= 14 * 256, "a 12-digit code shows whole: " + data.getColumnWidth(0) / 256);
        }
    }

    @Test
    void aCountysRunGivesEachTownshipAWorkbookOfItsOwn() throws Exception {
        Path ws = SampleWorkspaceTest.copy(FUFENG, tmp);
        Cli r = Cli.run("run", ws.toString(), "--lang", "zh");
        assertTrue(r.out().contains("另按镇（街）拆分"), r.out());
        Path own = ws.resolve("out/feedback/按镇/天度镇-各镇社区基本情况-问题反馈.xlsx");
        try (Workbook wb = open(own)) {
            Sheet data = wb.getSheet("数据");
            int units = 0;
            for (Row row : data) {
                String code = TEXT.formatCellValue(row.getCell(1));
                if (code.matches("\\d{12}")) {
                    units++;
                    assertTrue(code.startsWith("610324101"), "only 天度镇's units: " + code);
                }
            }
            assertTrue(units > 0);
            assertEquals("级别", TEXT.formatCellValue(wb.getSheet("问题清单").getRow(0).getCell(0)));
        }
        // a second run replaces the folder whole: a township without findings this time keeps no old workbook
        Path stale = ws.resolve("out/feedback/按镇/旧镇-问题反馈.xlsx");
        Files.writeString(stale, "old");
        Cli.run("run", ws.toString(), "--lang", "zh");
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(own));
    }

    @Test
    void splitByTownshipEachGetsItsRowsWithTheirOriginalLines() throws Exception {
        Path out = tmp.resolve("split");
        Cli r = Cli.run("feedback", FUFENG.resolve("data/各镇社区基本情况.xlsx").toString(), "--period", "2023",
                "--split", "township", "-o", out.toString(), "--lang", "zh");
        assertEquals(1, r.code(), r.err());
        assertTrue(Files.exists(out.resolve("天度镇-问题反馈.xlsx")) && Files.exists(out.resolve("绛帐镇-问题反馈.xlsx")), r.out());
        try (Workbook wb = open(out.resolve("绛帐镇-问题反馈.xlsx"))) {
            Sheet data = wb.getSheet("数据");
            int lineColumn = 49;
            assertEquals("原行号", TEXT.formatCellValue(data.getRow(2).getCell(lineColumn)), "the header rows repeat, with the line column");
            boolean subtotal = false;
            for (Row row : data) {
                Cell code = row.getCell(1);
                if (code != null && TEXT.formatCellValue(code).matches("\\d{12}")) {
                    assertTrue(TEXT.formatCellValue(code).startsWith("610324103"), "only 绛帐镇's units: " + TEXT.formatCellValue(code));
                }
                if (TEXT.formatCellValue(row.getCell(lineColumn)).equals("26")) {
                    subtotal = row.getCell(5).getCellComment() != null;
                }
            }
            assertTrue(subtotal, "the 小计 on line 26 keeps its line and its mark");
        }
        assertEquals(2, Cli.run("feedback", FUFENG.toString(), "--split", "county", "-o", out.toString()).code());
    }

    @Test
    void everyTextCellWrittenIsSafeFromFormulas() throws Exception {
        Path csv = tmp.resolve("inject.csv");
        Files.writeString(csv, "统一代码,社区名称,户数,综合服务设施面积,年度\n=HYPERLINK(\"http://x\"),@SUM(1),-5,+1,2023\n");
        Path out = tmp.resolve("inj");
        Cli.run("feedback", csv.toString(), "-o", out.toString());
        try (Workbook wb = open(out.resolve("inject-问题反馈.xlsx"))) {
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        assertFalse(c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA, c.getAddress().toString());
                        String t = TEXT.formatCellValue(c);
                        assertFalse(t.startsWith("=") || t.startsWith("@") || t.startsWith("+") || t.startsWith("-"),
                                s.getSheetName() + "!" + c.getAddress() + " " + t);
                    }
                }
            }
            assertNotNull(wb.getSheet("数据").getRow(1).getCell(0).getCellComment());
        }
    }

    @Test
    void aDamagedWorkbookIsNamedNotMarkedAndTheOthersStillComeBack() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        byte[] noise = new byte[4000];
        new java.util.Random(7).nextBytes(noise);
        Files.write(in.resolve("坏表.xlsx"), noise);
        Files.copy(FUFENG.resolve("data/城关街道.csv"), in.resolve("城关街道.csv"));
        Path out = tmp.resolve("fb");
        Cli r = Cli.run("feedback", in.toString(), "-o", out.toString(), "--lang", "zh");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("写出 1 份反馈工作簿") && r.err().contains("1 个工作簿已损坏，无法标注（问题见问题清单）：")
                && r.err().strip().endsWith("坏表.xlsx"), r.err());
        assertFalse(Files.exists(out.resolve("坏表-问题反馈.xlsx")));
        assertTrue(Files.exists(out.resolve("城关街道-问题反馈.xlsx")), "the other file still comes back");
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aFileOfMoreThanAHundredThousandRowsComesBackByProvinceWithOnlyTheRowsToCorrect() throws Exception {
        // whole provinces of the registry, in order, until more than 100,000 units: a few rows wrong in two of them
        List<String> lines = new ArrayList<>(List.of("统一代码,社区名称,户数,综合服务设施面积,年度"));
        for (org.shequ.core.division.Division p : org.shequ.core.division.DivisionRegistry.bundled().children("")) {
            for (org.shequ.core.division.Division d : org.shequ.core.division.DivisionRegistry.bundled().villagesUnder(p.code())) {
                boolean bad = p.code().equals("11") && lines.size() == 5 || p.code().equals("13") && lines.size() % 10_000 == 0;
                lines.add(d.code() + "," + d.name() + "," + (bad ? "很多" : "1000") + ",400,2023");
            }
            if (lines.size() > 100_001) {
                break;
            }
        }
        lines.add(lines.size() / 2, "13O1O2,编码写错的村,1000,400,2023"); // a malformed code, among 河北省's rows: no province's
        Path csv = tmp.resolve("全国.csv");
        Files.write(csv, lines);
        Path out = tmp.resolve("fb");
        Cli r = Cli.run("feedback", csv.toString(), "-o", out.toString(), "--lang", "zh");
        assertEquals(1, r.code(), r.err());
        try (var files = Files.list(out)) {
            assertEquals(List.of("全国-北京市-问题反馈.xlsx", "全国-未分省-问题反馈.xlsx", "全国-河北省-问题反馈.xlsx"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(),
                    () -> "only the provinces with findings: " + Cli.run("validate", csv.toString(), "--format", "csv").out().lines().limit(30).toList());
        }
        try (Workbook wb = open(out.resolve("全国-北京市-问题反馈.xlsx"))) {
            Sheet data = wb.getSheet("数据");
            assertEquals("统一代码", TEXT.formatCellValue(data.getRow(0).getCell(0)), "the header first");
            assertEquals("原行号", TEXT.formatCellValue(data.getRow(0).getCell(5)));
            assertEquals("问题说明", TEXT.formatCellValue(data.getRow(0).getCell(6)));
            assertEquals(2, data.getPhysicalNumberOfRows(), "the header and the one row with a finding");
            assertEquals("6", TEXT.formatCellValue(data.getRow(1).getCell(5)), "the row's line in the file");
            assertEquals("很多", TEXT.formatCellValue(data.getRow(1).getCell(2)));
            assertEquals(IndexedColors.ROSE.getIndex(), data.getRow(1).getCell(2).getCellStyle().getFillForegroundColor());
            assertTrue(TEXT.formatCellValue(data.getRow(1).getCell(6)).contains("DATA-TYPE"), "its problems beside it");
            assertEquals("级别", TEXT.formatCellValue(wb.getSheet("问题清单").getRow(0).getCell(0)));
            assertEquals(2, wb.getSheet("问题清单").getPhysicalNumberOfRows());
        }
        try (Workbook wb = open(out.resolve("全国-河北省-问题反馈.xlsx"))) {
            Sheet data = wb.getSheet("数据");
            for (int i = 1; i < data.getPhysicalNumberOfRows(); i++) {
                String code = TEXT.formatCellValue(data.getRow(i).getCell(0));
                assertTrue(code.startsWith("13"), "only 河北省's units: " + code);
                assertEquals("很多", TEXT.formatCellValue(data.getRow(i).getCell(2)));
            }
            assertTrue(data.getPhysicalNumberOfRows() >= 3, "its rows with findings: " + data.getPhysicalNumberOfRows());
        }
    }

    @Test
    void aWorkbookTooLargeToCopyComesBackAsItsRowsMarked() throws Exception {
        // 9,500 rows of 28 columns: 266,000 cells, more than a copy is made of in memory
        List<String> lines = new ArrayList<>(List.of("统一代码,社区名称,年度,户数（户）,常住人口（人）,综合服务设施面积（m²）,"
                + "办公用房面积（m²）,室外活动场地面积（m²）,是否规范化建设,党组织,居(村)委会,便民服务中心,综治服务中心,文体活动中心,卫生服务中心,"
                + "老年人日间照料中心,儿童服务中心,志愿服务中心,专职工作人员（人）,持证社工（人）,网格员（人）,网格长（人）,居(村)民小组长（人）,"
                + "楼栋长（人）,社区社会组织（个）,议事成功案例（个）,入户走访（人次）,群众满意度（%）"));
        List<org.shequ.core.division.Division> units = org.shequ.core.division.DivisionRegistry.bundled().villagesUnder("61");
        for (int i = 0; i < 9_500; i++) {
            org.shequ.core.division.Division d = units.get(i);
            lines.add(d.code() + "," + d.name() + ",2023," + (i == 4_321 ? "很多" : "1000") + "," + (3000 + i) + ",400" // rows differ: no copies
                    + ",170,1900,是,是,是,是,是,是,是,是,否,否,8,2,10,1,9,40,10,3,3236,97.7%");
        }
        Path csv = tmp.resolve("全市.csv");
        Files.write(csv, lines);
        Path xlsx = tmp.resolve("全市.xlsx");
        assertEquals(0, Cli.run("convert", csv.toString(), xlsx.toString()).code());
        Path out = tmp.resolve("fb");
        Cli r = Cli.run("feedback", xlsx.toString(), "-o", out.toString(), "--lang", "zh");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("写出 1 份反馈工作簿，共 1 条问题"),
                () -> r.err() + Cli.run("validate", xlsx.toString(), "--format", "csv").out().lines().limit(30).toList());
        try (Workbook wb = open(out.resolve("全市-问题反馈.xlsx"))) {
            Sheet data = wb.getSheet("数据");
            assertNotNull(data, "the rows, read as they stream, not a copy of the workbook's sheets");
            assertEquals(9_501, data.getPhysicalNumberOfRows(), "every row: the file is not large enough to send only the marked ones");
            Row marked = data.getRow(4_322);
            assertEquals("4323", TEXT.formatCellValue(marked.getCell(28)), "its line in the workbook");
            assertEquals(IndexedColors.ROSE.getIndex(), marked.getCell(3).getCellStyle().getFillForegroundColor());
            assertNotNull(marked.getCell(3).getCellComment());
        }
    }
    @Test
    void aLargeWorkbookOfSeveralSheetsComesBackSheetBySheet() throws Exception {
        // two sheets of 4,750 rows and 28 columns: 266,000 cells, streamed, each sheet to its own
        String[] head = ("统一代码,社区名称,年度,户数（户）,常住人口（人）,综合服务设施面积（m²）,办公用房面积（m²）,室外活动场地面积（m²）,是否规范化建设,"
                + "党组织,居(村)委会,便民服务中心,综治服务中心,文体活动中心,卫生服务中心,老年人日间照料中心,儿童服务中心,志愿服务中心,专职工作人员（人）,"
                + "持证社工（人）,网格员（人）,网格长（人）,居(村)民小组长（人）,楼栋长（人）,社区社会组织（个）,议事成功案例（个）,入户走访（人次）,群众满意度（%）").split(",");
        List<org.shequ.core.division.Division> units = org.shequ.core.division.DivisionRegistry.bundled().villagesUnder("61");
        Path xlsx = tmp.resolve("全市.xlsx");
        try (var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100); var s = Files.newOutputStream(xlsx)) {
            for (int part = 0; part < 2; part++) {
                Sheet sheet = wb.createSheet(part == 0 ? "甲镇" : "乙镇");
                Row h = sheet.createRow(0);
                for (int c = 0; c < head.length; c++) {
                    h.createCell(c).setCellValue(head[c]);
                }
                for (int i = 0; i < 4_750; i++) {
                    org.shequ.core.division.Division d = units.get(part * 4_750 + i);
                    String[] v = (d.code() + "," + d.name() + ",2023," + (part == 1 && i == 99 ? "很多" : "1000")
                            + "," + (3000 + part * 4_750 + i) + ",400,170,1900,是,是,是,是,是,是,是,是,否,否,8,2,10,1,9,40,10,3,3236,97.7%").split(",");
                    Row row = sheet.createRow(i + 1);
                    for (int c = 0; c < v.length; c++) {
                        row.createCell(c).setCellValue(v[c]);
                    }
                }
            }
            wb.write(s);
        }
        Path out = tmp.resolve("fb");
        Cli r = Cli.run("feedback", xlsx.toString(), "-o", out.toString(), "--lang", "zh");
        assertTrue(r.err().contains("写出 1 份反馈工作簿，共 1 条问题"), r.err());
        try (Workbook wb = open(out.resolve("全市-问题反馈.xlsx"))) {
            assertEquals(List.of("问题清单", "甲镇", "乙镇"), List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            assertEquals(4_751, wb.getSheet("甲镇").getPhysicalNumberOfRows());
            Row marked = wb.getSheet("乙镇").getRow(100);
            assertEquals("很多", TEXT.formatCellValue(marked.getCell(3)));
            assertEquals(IndexedColors.ROSE.getIndex(), marked.getCell(3).getCellStyle().getFillForegroundColor());
            assertEquals("乙镇", TEXT.formatCellValue(wb.getSheet("问题清单").getRow(1).getCell(1)), "the list names the sheet");
        }
    }
    @Test
    void aLargeFileWhoseOnlyFindingIsOnItsHeaderStillComesBack() throws Exception {
        List<String> lines = new ArrayList<>(List.of("统一代码,社区名称,户数,综合服务设施面积,年度,备注"));
        for (org.shequ.core.division.Division p : org.shequ.core.division.DivisionRegistry.bundled().children("")) {
            for (org.shequ.core.division.Division d : org.shequ.core.division.DivisionRegistry.bundled().villagesUnder(p.code())) {
                lines.add(d.code() + "," + d.name() + ",1000,400,2023,");
            }
            if (lines.size() > 100_001) {
                break;
            }
        }
        Path csv = tmp.resolve("全国.csv");
        Files.write(csv, lines);
        Path out = tmp.resolve("fb");
        Cli r = Cli.run("feedback", csv.toString(), "-o", out.toString(), "--lang", "zh");
        assertTrue(r.err().contains("写出 1 份反馈工作簿，共 1 条问题"), r.err());
        try (Workbook wb = open(out.resolve("全国-问题反馈.xlsx"))) {
            assertEquals(1, wb.getSheet("数据").getPhysicalNumberOfRows(), "the header row, which the unknown column's note is on");
            assertTrue(TEXT.formatCellValue(wb.getSheet("问题清单").getRow(1).getCell(6)).contains("备注"));
        }
    }
}
