package org.shequ.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
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

/** Input built to hurt: external entities, zip bombs, deep or huge YAML, over-long cells. */
class HostileInputTest {
    @TempDir
    Path dir;

    @Test
    void externalEntitiesInAWorkbookAreRefused() throws IOException {
        Path file = rewriteSheet("xxe.xlsx", xml -> xml.replace("<worksheet",
                "<!DOCTYPE worksheet [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><worksheet")
                .replace("<v>2023</v>", "<v>&e;</v>"));
        Finding f = only(file);
        assertEquals("DATA-PARSE", f.rule());
        assertTrue(f.messageKey().equals("DATA-PARSE.entity") || f.messageKey().equals("DATA-PARSE.workbook"), f.messageKey());
    }

    @Test
    void zipBombsAreRefused() throws IOException {
        String filler = " ".repeat(40 * 1024 * 1024);
        Path file = rewriteSheet("bomb.xlsx", xml -> xml.replace("</worksheet>", "<!--" + filler + "--></worksheet>"));
        Finding f = only(file);
        assertEquals("DATA-PARSE.zipBomb", f.messageKey());
    }

    @Test
    void aWorkbookCompressedWithZstdIsAFindingNotACrash() throws IOException {
        // zip method 93 (zstd) needs a codec that is not bundled; Excel and WPS never write it
        Path file = zstd(rewriteSheet("zstd.xlsx", xml -> xml));
        Finding f = only(file);
        assertEquals("DATA-PARSE.compression", f.messageKey());
    }

    /**
     * A sheet whose compressed data is damaged (a copy broken in transfer) is one finding on that sheet,
     * not also "the file is empty" for it.
     */
    @Test
    void aDamagedSheetIsOneFindingOnThatSheet() throws IOException {
        StringBuilder rows = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        for (int r = 3; r < 3000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>6103240")
                    .append(10000 + random.nextInt(90000)).append("</t></is></c><c r=\"B").append(r).append("\"><v>")
                    .append(random.nextInt(100000)).append("</v></c></row>");
        }
        Path file = rewriteSheet("damaged.xlsx", xml -> xml.replace("</sheetData>", rows + "</sheetData>"));
        byte[] b = Files.readAllBytes(file);
        byte[] name = "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(b, name, 30) + name.length; // the local header's name: its compressed data follows
        int next = indexOf(b, new byte[] {'P', 'K', 7, 8}, at); // its data descriptor
        int from = at + (next - at) * 7 / 10; // the header rows read, most of the sheet not
        for (int k = from; k < from + 40; k++) {
            b[k] ^= 0x5A;
        }
        Files.write(file, b);
        Finding f = only(file);
        assertEquals("a", f.location().sheet(), f.toString());
        assertTrue(f.messageKey().startsWith("DATA-PARSE."), f.messageKey());
    }

    /**
     * A workbook written by a program that does not calculate (xlsxwriter saves 0 for every formula
     * and asks Excel to recalculate on opening): its formulas' saved values are read, with one
     * warning on the sheet naming how many and the first; Excel's own saves ask for nothing.
     */
    @Test
    void formulasSavedWithoutCalculationAreAWarning() throws IOException {
        for (boolean recalculate : new boolean[] {true, false}) {
            Path file = dir.resolve("formulas-" + recalculate + ".xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                var s = wb.createSheet("a");
                var h = s.createRow(0);
                h.createCell(0).setCellValue("统一代码");
                h.createCell(1).setCellValue("年度");
                h.createCell(2).setCellValue("户数");
                h.createCell(3).setCellValue("常住人口");
                for (int i = 1; i <= 2; i++) {
                    var r = s.createRow(i);
                    r.createCell(0).setCellValue("61032400100" + i);
                    r.createCell(1).setCellValue(2023);
                    r.createCell(2).setCellFormula("D" + (i + 1) + "/3");
                    r.getCell(2).setCellValue(0); // the saved value, not the formula's
                    r.createCell(3).setCellValue(900);
                }
                wb.setForceFormulaRecalculation(recalculate);
                wb.write(out);
            }
            List<Finding> stale = validate(file).findings().stream()
                    .filter(f -> f.messageKey().equals("DATA-PARSE.staleFormulas")).toList();
            if (recalculate) {
                assertEquals(1, stale.size(), stale.toString());
                Finding f = stale.get(0);
                assertEquals("DATA-PARSE", f.rule());
                assertEquals(org.shequ.core.validate.Severity.WARNING, f.severity());
                assertEquals("a", f.location().sheet());
                assertEquals(2, f.location().line());
                assertEquals(List.of(2, "C2"), f.args());
            } else {
                assertEquals(List.of(), stale);
            }
        }
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        for (int i = from; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    /** The same zip with every entry's method set to 93 (zstd), in the local and the central headers. */
    static Path zstd(Path zip) throws IOException {
        byte[] b = Files.readAllBytes(zip);
        for (int i = 0; i + 12 < b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4) {
                b[i + 8] = 93;
                b[i + 9] = 0;
            } else if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) {
                b[i + 10] = 93;
                b[i + 11] = 0;
            }
        }
        Files.write(zip, b);
        return zip;
    }

    @Test
    void deepYamlIsRefused() throws IOException {
        Path file = dir.resolve("deep.yaml");
        StringBuilder s = new StringBuilder("- 统一代码: '610324001001'\n  x: ");
        s.append("[".repeat(100)).append("]".repeat(100)).append('\n');
        Files.writeString(file, s);
        Finding f = validate(file).findings().stream().filter(x -> x.rule().equals("DATA-PARSE")).findFirst().orElseThrow();
        assertEquals("DATA-PARSE.yaml", f.messageKey());
    }

    @Test
    void oversizedYamlAndCellsAreRefusedNotTruncated() throws IOException {
        ReadLimits small = new ReadLimits(10, 100, 16, 10);
        Path yaml = dir.resolve("big.yaml");
        Files.writeString(yaml, "- 统一代码: '610324001001'\n".repeat(20));
        List<ReadProblem> problems = new java.util.ArrayList<>();
        new YamlReader(small).read(SourceFile.of(yaml, "big.yaml"), sink(problems));
        assertEquals("DATA-PARSE.tooLarge", problems.get(0).key());
        Path csv = dir.resolve("long.csv");
        Files.writeString(csv, "统一代码,社区名称\n610324001001,飞凤社区飞凤社区飞凤社区\n");
        problems.clear();
        new CsvReader(small).read(SourceFile.of(csv, "long.csv"), sink(problems));
        assertEquals("DATA-PARSE.cellTooLong", problems.get(0).key());
        assertEquals(2, problems.get(0).line());
    }

    @Test
    void aHeaderOfAHundredThousandColumnsIsCalledWideNotAnUnterminatedQuote() throws IOException {
        Path csv = dir.resolve("wide.csv");
        StringBuilder header = new StringBuilder("统一代码");
        for (int i = 1; i < 100_000; i++) {
            header.append(",列").append(i);
        }
        Files.writeString(csv, header + "\n610324001001\n");
        List<ReadProblem> problems = new java.util.ArrayList<>();
        new CsvReader(ReadLimits.DEFAULT).read(SourceFile.of(csv, "wide.csv"), sink(problems));
        assertEquals("DATA-PARSE.recordTooWide", problems.get(0).key(), problems.toString());
        assertEquals(1, problems.get(0).line());
        Path quote = dir.resolve("quote.csv");
        Files.writeString(quote, "统一代码,社区名称\n610324001001,\"飞凤社区" + "长".repeat(200_000) + "\n");
        problems.clear();
        new CsvReader(ReadLimits.DEFAULT).read(SourceFile.of(quote, "quote.csv"), sink(problems));
        assertEquals("DATA-PARSE.recordTooLong", problems.get(0).key(), "an open quote: " + problems);
    }

    /** The one DATA-PARSE finding of the file (its header, if read before, is checked as usual). */
    private Finding only(Path file) {
        List<Finding> parse = validate(file).findings().stream().filter(f -> f.rule().equals("DATA-PARSE")).toList();
        assertEquals(1, parse.size(), parse.toString());
        assertFalse(parse.get(0).args().toString().contains("localhost"));
        return parse.get(0);
    }

    private Report validate(Path file) {
        return new Validator(Dictionary.builtIn(), DivisionRegistry.bundled(), Settings.defaults(), DataChecks::all)
                .validate(List.of(SourceFile.of(file, file.getFileName().toString())), List.of(), Validator.Progress.NONE);
    }

    /** A valid one-row workbook whose sheet XML is then changed by {@code edit}. */
    private Path rewriteSheet(String name, java.util.function.UnaryOperator<String> edit) throws IOException {
        Path plain = dir.resolve("plain-" + name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            var s = wb.createSheet("a");
            var h = s.createRow(0);
            h.createCell(0).setCellValue("统一代码");
            h.createCell(1).setCellValue("年度");
            var r = s.createRow(1);
            r.createCell(0).setCellValue("610324001001");
            r.createCell(1).setCellValue(2023);
            wb.write(out);
        }
        Path file = dir.resolve(name);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    data = edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return file;
    }

    private static TableHandler sink(List<ReadProblem> problems) {
        return new TableHandler() {
            @Override public void begin(String sheet, Shape shape) { }
            @Override public boolean row(RawRow row) { return true; }
            @Override public void problem(ReadProblem problem) { problems.add(problem); }
            @Override public void end() { }
            @Override public boolean recognises(List<String> cells) { return true; }
        };
    }

}
