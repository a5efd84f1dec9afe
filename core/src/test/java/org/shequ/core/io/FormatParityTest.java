package org.shequ.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Settings;
import org.shequ.core.validate.Validator;
import org.shequ.core.validate.checks.DataChecks;

/**
 * The same content as a GBK CSV with Chinese headers (full-width brackets, units, 是/否), as
 * XLSX and old XLS (numbers as numeric cells, a formula, a percent format) and as YAML yields
 * the same findings; lines are the CSV line, Excel's row number and the YAML value's line.
 */
class FormatParityTest {
    static final String[] HEADER = {"统一代码", "社区名称", "年度", "户数（户）", "常住人口（人）",
            "综合服务设施面积（平方米）", "办公用房面积（平方米）", "党组织", "群众满意度"};
    static final Object[][] ROWS = {
            {"610324001001", "飞凤社区", 2023, 1000, 3000, 300.5, 60, "是", 0.95},
            {"610324001004", "胜利机械厂社区", 2023, 800, 2400, 100, 180, "否", 0.9},        // office > service
            {"610324001005", "百合社区", 2023, -5, 2400, 100, 20, "是", 0.9},               // negative households
            {"610324001006", "祥云社区", 2023, 900, 2700, 200, 40, "部分", 1.2},           // bad boolean, 120 %
            {"610324001007", "后沟社区", 2023, 700, 2100, "", 40, "有", 0.97},              // required empty
            {"610324001001", "飞凤社区", 2023, 1000, 3000, 300, 60, "是", 0.95},            // duplicate
    };

    @TempDir
    Path dir;

    @Test
    void csvXlsxXlsAndYamlGiveTheSameFindings() throws IOException {
        Report csv = validate(csv(Charset.forName("GBK")));
        Report xlsx = validate(workbook(new XSSFWorkbook(), "in.xlsx", false));
        Report xls = validate(workbook(new HSSFWorkbook(), "in.xls", false));
        Report yaml = validate(yaml());
        List<String> expected = List.of(
                "DATA-CONSISTENCY office_area 610324001004",
                "DATA-RANGE households 610324001005",
                "DATA-TYPE party_org 610324001006",
                "DATA-RANGE satisfaction 610324001006",
                "DATA-REQUIRED service_area 610324001007",
                "DATA-DUPLICATE code 610324001001");
        assertEquals(sorted(expected), sorted(what(csv)));
        assertEquals(what(csv), what(xlsx));
        assertEquals(what(csv), what(xls));
        assertEquals(sorted(what(csv)), sorted(what(yaml)));
        assertEquals(lines(csv), lines(xlsx), "Excel row numbers equal the CSV lines when the header is row 1");
        assertEquals(List.of(3, 4, 5, 5, 6, 7), lines(csv));
        assertTrue(lines(yaml).stream().allMatch(l -> l > 7), "YAML lines are the values' own lines");
    }

    @Test
    void titleRowAndMergedHeaderCellsAreHandled() throws IOException {
        Report xlsx = validate(workbook(new XSSFWorkbook(), "in.xlsx", true));
        assertEquals(List.of(5, 6, 7, 7, 8, 9), lines(xlsx), "a title row and a group-header row above the header");
        assertEquals(6, xlsx.findings().size());
    }

    @Test
    void sheetIsChosenByNameOrByItsHeader() throws IOException {
        Path file = dir.resolve("two.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("填表说明：每个社区一行");
            fill(wb.createSheet("数据"), ROWS, 0, false);
            wb.write(out);
        }
        Report auto = validate(SourceFile.of(file, "two.xlsx"));
        assertEquals(7, auto.findings().size());
        Finding skipped = auto.findings().stream().filter(f -> f.rule().equals("DATA-LAYOUT")).findFirst().orElseThrow();
        assertEquals("说明", skipped.location().sheet(), "the sheet without a header is skipped and said so");
        assertEquals("DATA-LAYOUT.sheet.instructions", skipped.messageKey(), "named 说明: instructions");
        assertTrue(auto.findings().stream().filter(f -> !f.rule().equals("DATA-LAYOUT")).allMatch(f -> "数据".equals(f.location().sheet())));
        Report named = validate(new SourceFile(file, "two.xlsx", List.of("说明"), null, null));
        assertEquals("DATA-HEADER", named.findings().get(0).rule());
        Report missing = validate(new SourceFile(file, "two.xlsx", List.of("不存在"), null, null));
        assertEquals("DATA-PARSE", missing.findings().get(0).rule());
        assertTrue(missing.findings().get(0).args().toString().contains("说明、数据"));
    }

    @Test
    void xlsxNumbersDatesAndFormulasArePlainText() throws IOException {
        Path file = dir.resolve("cells.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("a");
            Row h = s.createRow(0);
            String[] head = {"统一代码", "年度", "户数", "常住人口", "综合服务设施面积", "社区名称"};
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            Row r = s.createRow(1);
            r.createCell(0).setCellValue(610324001001d);
            r.createCell(1).setCellValue(2023);
            Cell hh = r.createCell(2);
            hh.setCellValue(1234);
            var grouped = wb.createCellStyle();
            grouped.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            hh.setCellStyle(grouped);
            r.createCell(3).setCellFormula("C2*3");
            r.createCell(4).setCellValue(21.3);
            r.createCell(5).setCellValue("飞凤社区");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        List<String[]> rows = new ArrayList<>();
        new XlsxReader(ReadLimits.DEFAULT).read(SourceFile.of(file, "cells.xlsx"), collector(rows));
        assertEquals(List.of("610324001001", "2023", "1234", "3702", "21.3", "飞凤社区"), List.of(rows.get(1)));
    }

    @Test
    void encryptedAndCorruptWorkbooksAreFindings() throws Exception {
        Path plain = workbook(new XSSFWorkbook(), "plain.xlsx", false).path();
        Path encrypted = dir.resolve("locked.xlsx");
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            var enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(plain.toFile());
                 OutputStream os = enc.getDataStream(fs)) {
                pkg.save(os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        Path truncated = dir.resolve("cut.xlsx");
        byte[] bytes = Files.readAllBytes(plain);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Report r = validate(List.of(SourceFile.of(encrypted, "locked.xlsx"), SourceFile.of(truncated, "cut.xlsx"),
                SourceFile.of(plain, "plain.xlsx")));
        List<Finding> parse = r.findings().stream().filter(f -> f.rule().equals("DATA-PARSE")).toList();
        assertEquals(2, parse.size());
        assertEquals("DATA-PARSE.workbook", parse.get(0).messageKey());
        assertEquals("cut.xlsx", parse.get(0).location().file());
        assertEquals("DATA-PARSE.encrypted", parse.get(1).messageKey());
        assertEquals(6 + 2, r.findings().size(), "the good workbook is still checked");
    }

    @Test
    void undecodableBytesAreReportedNeverReplaced() throws IOException {
        Path file = dir.resolve("bad.csv");
        byte[] head = String.join(",", HEADER).concat("\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] row = "610324001001,飞凤社区,2023,1000,3000,300,60,是,95%\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + row.length + 3];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(row, 0, all, head.length, row.length);
        all[all.length - 3] = (byte) 0x80;
        all[all.length - 2] = (byte) 0xFF;
        all[all.length - 1] = '\n';
        Files.write(file, all);
        Report r = validate(SourceFile.of(file, "bad.csv"));
        assertEquals(1, r.findings().size());
        Finding f = r.findings().get(0);
        assertEquals("DATA-PARSE.encoding", f.messageKey());
        assertEquals(3, f.location().line());
        assertFalse(f.args().toString().contains("\uFFFD"));
    }

    @Test
    void gbkBytesAfterTheDetectionSampleAreReportedAtTheirLine() throws IOException {
        Path file = dir.resolve("late.csv");
        StringBuilder s = new StringBuilder(String.join(",", HEADER)).append('\n');
        int rows = 0;
        while (s.length() < Encoding.SAMPLE + 1000) {
            s.append("610324001001,飞凤社区,2023,1000,3000,300,60,是,95%\n");
            rows++;
        }
        byte[] utf8 = s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] gbk = "610324001004,胜利社区,2023,1000,3000,300,60,是,95%\n".getBytes(Charset.forName("GBK"));
        byte[] all = java.util.Arrays.copyOf(utf8, utf8.length + gbk.length);
        System.arraycopy(gbk, 0, all, utf8.length, gbk.length);
        Files.write(file, all);
        Report r = validate(SourceFile.of(file, "late.csv"));
        List<Finding> parse = r.findings().stream().filter(f -> f.rule().equals("DATA-PARSE")).toList();
        assertEquals(1, parse.size());
        assertEquals(rows + 2, parse.get(0).location().line());
        // 胜 (CA A4) happens to be valid UTF-8; 利 (C0 FB) is the first that is not
        assertEquals(utf8.length + 15L, Long.parseLong(parse.get(0).args().get(1).toString()));
        assertEquals("UTF-8", parse.get(0).args().get(0));
    }

    private Report validate(SourceFile file) {
        return validate(List.of(file));
    }

    private Report validate(List<SourceFile> files) {
        return new Validator(Dictionary.builtIn(), DivisionRegistry.bundled(), Settings.defaults(), DataChecks::all)
                .validate(files, List.of(), Validator.Progress.NONE);
    }

    private static List<String> what(Report r) {
        return r.findings().stream().map(f -> f.rule() + " " + f.location().field() + " " + f.unit()).toList();
    }

    private static List<String> sorted(List<String> l) {
        return l.stream().sorted().toList();
    }

    private static List<Integer> lines(Report r) {
        return r.findings().stream().map(f -> f.location().line()).toList();
    }

    private SourceFile csv(Charset charset) throws IOException {
        StringBuilder s = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (Object[] row : ROWS) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.length; i++) {
                cells.add(i == row.length - 1 ? Math.round(((Number) row[i]).doubleValue() * 100) + "%" : String.valueOf(row[i]));
            }
            s.append(String.join(",", cells)).append("\r\n");
        }
        Path file = dir.resolve("in.csv");
        Files.writeString(file, s, charset);
        return SourceFile.of(file, "in.csv");
    }

    private SourceFile workbook(Workbook wb, String name, boolean titleAndGroups) throws IOException {
        Path file = dir.resolve(name);
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("社区基本情况");
            int start = 0;
            if (titleAndGroups) {
                s.createRow(0).createCell(0).setCellValue("扶风县2023年社区基本情况统计表");
                s.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
                Row groups = s.createRow(1);
                groups.createCell(0).setCellValue("统一代码");      // merged down over two header rows
                groups.createCell(5).setCellValue("服务设施");
                s.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
                s.addMergedRegion(new CellRangeAddress(1, 1, 5, 6));
                start = 2;
            }
            fill(s, ROWS, start, titleAndGroups);
            wb.write(out);
        }
        return SourceFile.of(file, name);
    }

    private static void fill(Sheet s, Object[][] rows, int start, boolean skipFirstHeader) {
        Workbook wb = s.getWorkbook();
        var percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        Row h = s.createRow(start);
        for (int i = skipFirstHeader ? 1 : 0; i < HEADER.length; i++) {
            h.createCell(i).setCellValue(HEADER[i]);
        }
        int n = start + 1;
        for (Object[] row : rows) {
            Row r = s.createRow(n++);
            for (int i = 0; i < row.length; i++) {
                Cell c = r.createCell(i);
                if (row[i] instanceof Number num) {
                    c.setCellValue(num.doubleValue());
                    if (i == row.length - 1) {
                        c.setCellStyle(percent);
                    }
                } else if (!"".equals(row[i])) {
                    c.setCellValue((String) row[i]);
                }
            }
        }
    }

    private SourceFile yaml() throws IOException {
        StringBuilder s = new StringBuilder("# 社区基本情况\ncommunities:\n");
        for (Object[] row : ROWS) {
            String prefix = "  - ";
            for (int i = 0; i < row.length; i++) {
                Object v = row[i];
                String text = i == row.length - 1 ? Math.round(((Number) v).doubleValue() * 100) + "%"
                        : v instanceof String str ? "\"" + str + "\"" : String.valueOf(v);
                s.append(prefix).append(HEADER[i]).append(": ").append(text).append('\n');
                prefix = "    ";
            }
        }
        Path file = dir.resolve("in.yaml");
        Files.writeString(file, s);
        return SourceFile.of(file, "in.yaml");
    }

    private static TableHandler collector(List<String[]> rows) {
        return new TableHandler() {
            @Override public void begin(String sheet, Shape shape) { }
            @Override public boolean row(RawRow row) { rows.add(row.cells()); return true; }
            @Override public void problem(ReadProblem problem) { throw new AssertionError(problem.toString()); }
            @Override public void end() { }
            @Override public boolean recognises(List<String> cells) { return true; }
        };
    }
}
