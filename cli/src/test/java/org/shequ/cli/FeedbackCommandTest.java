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
}
