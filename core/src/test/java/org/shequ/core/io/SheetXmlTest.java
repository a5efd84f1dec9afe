package org.shequ.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The sheet handler gives every cell the text POI's own handler with the canonical formatter gave:
 * compared cell by cell on workbooks holding every kind of cell, with shared and inline strings.
 */
class SheetXmlTest {
    @TempDir
    Path dir;

    @Test
    void sharedStringsWorkbookReadsAsPoiReadIt() throws Exception {
        Path file = dir.resolve("shared.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fill(wb);
            XSSFRichTextString rich = new XSSFRichTextString("城关街道飞凤社区");
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            rich.applyFont(0, 4, bold);
            wb.getSheetAt(0).getRow(0).createCell(12).setCellValue(rich);
            write(wb, file);
        }
        List<String> ours = ours(file);
        assertEquals(poi(file), ours);
        assertTrue(ours.contains("0:12=城关街道飞凤社区"), ours.toString());
        assertTrue(ours.contains("0:1=610324001001"), "a code typed as a number stays whole: " + ours);
        assertTrue(ours.contains("0:3=2023-06-30"), ours.toString());
        assertTrue(ours.contains("0:4=97.4%"), ours.toString());
        assertTrue(ours.contains("0:7=TRUE"), ours.toString());
        assertTrue(ours.contains("0:8=ERROR:#DIV/0!"), ours.toString());
    }

    @Test
    void inlineStringsWorkbookReadsAsPoiReadIt() throws Exception {
        Path file = dir.resolve("inline.xlsx");
        try (XSSFWorkbook base = new XSSFWorkbook()) {
            SXSSFWorkbook wb = new SXSSFWorkbook(base, 100, false, false); // inline strings, as a streamed export writes them
            fill(wb);
            write(wb, file);
            wb.close();
        }
        List<String> ours = ours(file);
        assertEquals(poi(file), ours);
        assertTrue(ours.contains("0:0=第一行\r第二行"), "an escaped carriage return is decoded: " + ours);
    }

    @Test
    void phoneticRunsAreNotPartOfAnInlineString() throws Exception {
        String xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>課長</t><rPh sb=\"0\" eb=\"1\"><t>カ</t></rPh></is></c>"
                + "<c t=\"inlineStr\"><is><r><t>城关</t></r><r><t>街道</t></r></is></c></row>"
                + "<row><c r=\"AB4\" t=\"b\"><v>0</v></c></row></sheetData></worksheet>";
        List<String> cells = new ArrayList<>();
        new SheetXml(null, null, collector(cells)).read(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(List.of("2:1=課長", "2:2=城关街道", "3:27=FALSE"), cells);
    }

    @Test
    void sharedStringsReadAsPoisTableReadsThem() throws Exception {
        String xml = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"4\" uniqueCount=\"4\">"
                + "<si><t>課長</t><rPh sb=\"0\" eb=\"1\"><t>カ</t></rPh></si>"
                + "<si><r><rPr><b/></rPr><t>城关</t></r><r><t xml:space=\"preserve\"> 街道 </t></r></si>"
                + "<si><t>第一行_x000D_第二行</t></si><si><t/></si></sst>";
        byte[] bytes = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SharedText ours = SharedText.read(new java.io.ByteArrayInputStream(bytes));
        ReadOnlySharedStringsTable poi = new ReadOnlySharedStringsTable(new java.io.ByteArrayInputStream(bytes), false);
        assertEquals(poi.getUniqueCount(), ours.size());
        for (int i = 0; i < ours.size(); i++) {
            assertEquals(poi.getItemAt(i).getString(), ours.get(i), "string " + i);
        }
        assertEquals("第一行\r第二行", ours.get(2));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> ours.get(4), "beyond the table: the sheet fails");
        assertEquals(0, SharedText.read(new java.io.ByteArrayInputStream(new byte[0])).size(), "an empty part has no strings");
        String doctype = "<!DOCTYPE sst [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&e;</t></si></sst>";
        org.junit.jupiter.api.Assertions.assertThrows(javax.xml.stream.XMLStreamException.class,
                () -> SharedText.read(new java.io.ByteArrayInputStream(doctype.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void aNumberBeyondADoubleIsKeptAsWritten() throws Exception {
        String xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\"><v>1e309</v></c><c r=\"B1\"><v>-1E999</v></c><c r=\"C1\"><v>30.0</v></c></row></sheetData></worksheet>";
        Path file = dir.resolve("styles.xml");
        Files.writeString(file, "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cellXfs><xf numFmtId=\"0\"/></cellXfs></styleSheet>");
        CellFormats formats;
        try (InputStream in = Files.newInputStream(file)) {
            formats = CellFormats.read(in, false);
        }
        List<String> cells = new ArrayList<>();
        new SheetXml(null, formats, collector(cells)).read(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(List.of("0:0=1e309", "0:1=-1E999", "0:2=30"), cells);
    }

    @Test
    void numbersAsWrittenReadAsThroughTheirDouble() throws Exception {
        String xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" s=\"0\"><v>2023.0</v></c><c s=\"0\" r=\"B1\"><v>-0</v></c><c r=\"C1\"><v>+3</v></c>"
                + "<c r=\"D1\"><v>.5</v></c><c r=\"E1\"><v>007.50</v></c><c r=\"F1\"><v>0.94799999999999995</v></c>"
                + "<c r=\"G1\"><v>1.2E3</v></c><c r=\"H1\"><v> 5 </v></c><c r=\"I1\" s=\"1\"><v>0.948</v></c>"
                + "<c r=\"J1\"><v>123456789012345</v></c><c r=\"K1\"><v>1234567890123456</v></c><c r=\"L1\" s=\"1\"><v>1</v></c>"
                + "<c r=\"M1\"><v>100</v></c><c r=\"N1\"><v>-0.0001</v></c><c r=\"O1\" s=\"2\"><v>45107</v></c>"
                + "<c t=\"inlineStr\" r=\"P1\"><is><t>社区</t></is></c><c r=\"Q1\" t=\"n\" s=\"7\"><v>30.00</v></c>"
                + "<c r=\"R1\" t=\"d\" s=\"0\"><v>30.00</v></c></row></sheetData></worksheet>";
        Path file = dir.resolve("styles.xml");
        Files.writeString(file, "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts>"
                + "<numFmt numFmtId=\"164\" formatCode=\"0.0%\"/></numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>"
                + "<xf numFmtId=\"14\"/></cellXfs></styleSheet>");
        CellFormats formats;
        try (InputStream in = Files.newInputStream(file)) {
            formats = CellFormats.read(in, false);
        }
        List<String> cells = new ArrayList<>();
        new SheetXml(null, formats, collector(cells)).read(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(List.of("0:0=2023", "0:1=0", "0:2=3", "0:3=0.5", "0:4=7.5", "0:5=0.948", "0:6=1200", "0:7=5", "0:8=94.8%",
                "0:9=123456789012345", "0:10=1234567890123456", "0:11=100%", "0:12=100", "0:13=-0.0001", "0:14=2023-06-30",
                "0:15=社区", "0:16=30.00", "0:17=30.00"), cells, "a style beyond the table's (7), a type Excel does not write (d): as written");
    }

    @Test
    void aStyleIndexThatIsNoNumberFailsTheSheet() {
        String xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" s=\"x\"><v>1</v></c></row></sheetData></worksheet>";
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> new SheetXml(null, CellFormats.none(), collector(new ArrayList<>()))
                .read(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    /**
     * A number written in plain decimal notation with at most 15 digits is read from its digits, not
     * through its double: the same text either way, on a million seeded random numbers of every length
     * and scale, as numbers and as percentages.
     */
    @Test
    void writtenDigitsGiveWhatTheDoubleGives() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20231);
        NumberStyle plain = new NumberStyle(false, false, false);
        NumberStyle percent = new NumberStyle(false, true, false);
        for (int k = 0; k < 1_000_000; k++) {
            int digits = 1 + random.nextInt(CanonicalFormatter.WRITTEN_DIGITS);
            long unscaled = random.nextLong((long) Math.pow(10, digits)) * (random.nextBoolean() ? 1 : -1);
            String written = java.math.BigDecimal.valueOf(unscaled, random.nextInt(digits + 1)).toPlainString();
            written += written.contains(".") && random.nextInt(4) == 0 ? "0" : ""; // a trailing zero as Excel never writes it
            double d = Double.parseDouble(written);
            assertEquals(plain.format(d), CanonicalFormatter.written(written, false), written);
            assertEquals(percent.format(d), percent.format(written), written);
        }
        for (String[] c : new String[][] {{"-00.5", "-0.5"}, {"-05", "-5"}, {"+0.50", "0.5"}, {"-0.5", "-0.5"}, {"00", "0"},
                {"5.", "5"}, {"0.0010", "0.001"}, {"-100.000", "-100"}}) {
            assertEquals(c[1], CanonicalFormatter.written(c[0], false), c[0]);
            assertEquals(plain.format(Double.parseDouble(c[0])), c[1], c[0]);
        }
        assertEquals(null, CanonicalFormatter.written("1234567890123456", false), "16 digits: through the double");
        assertEquals(null, CanonicalFormatter.written("1e5", false));
        assertEquals(null, CanonicalFormatter.written("-", false));
        assertEquals(null, CanonicalFormatter.written(".", false));
        assertEquals(null, CanonicalFormatter.written("", false));
    }

    @Test
    void aWorkbookCountingDatesFrom1904ReadsTheSameDates() throws Exception {
        Path file = dir.resolve("mac.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var pr = wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr() : wb.getCTWorkbook().addNewWorkbookPr();
            pr.setDate1904(true);
            Sheet s = wb.createSheet("城关街道");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("统一代码");
            h.createCell(1).setCellValue("成立日期");
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("610324001001");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Cell d = r.createCell(1);
            // as Excel for Mac stores it: a 1904-based serial, 1,462 days fewer than the same date counted from 1900
            d.setCellValue(org.apache.poi.ss.usermodel.DateUtil.getExcelDate(LocalDate.of(2023, 6, 30).atStartOfDay(), true));
            d.setCellStyle(date);
            write(wb, file);
        }
        List<RawRow> rows = new ArrayList<>();
        new XlsxReader(ReadLimits.DEFAULT).read(SourceFile.of(file, "mac.xlsx"), new TableHandler() {
            @Override public void begin(String sheet, Shape shape) { }
            @Override public boolean row(RawRow row) { rows.add(row); return true; }
            @Override public void problem(ReadProblem problem) { throw new AssertionError(problem.toString()); }
            @Override public void end() { }
            @Override public boolean recognises(List<String> cells) { return cells.contains("统一代码"); }
        });
        assertEquals("2023-06-30", rows.get(1).cell(1), "not 2019-06-29");
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertEquals("2023-06-30", WorkbookCells.text(wb.getSheetAt(0).getRow(1).getCell(1)), "the whole-workbook reading too");
        }
    }

    @Test
    void columnsComeFromTheLettersOfTheReference() {
        assertEquals(0, SheetXml.column("A1"));
        assertEquals(25, SheetXml.column("Z9"));
        assertEquals(26, SheetXml.column("AA10"));
        assertEquals(16_383, SheetXml.column("XFD1048576"));
        assertEquals(-1, SheetXml.column("12"));
    }

    /** One row of every kind of cell, with gaps; a second row of formulas. */
    private static void fill(Workbook wb) {
        Sheet s = wb.createSheet("城关街道");
        Row r = s.createRow(0);
        r.createCell(0).setCellValue("第一行\r第二行");
        r.createCell(1).setCellValue(610324001001d);
        r.createCell(2).setCellValue(45.36875);
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        Cell d = r.createCell(3);
        d.setCellValue(LocalDate.of(2023, 6, 30));
        d.setCellStyle(date);
        CellStyle pct = wb.createCellStyle();
        pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        Cell p = r.createCell(4);
        p.setCellValue(0.974);
        p.setCellStyle(pct);
        CellStyle grouped = wb.createCellStyle();
        grouped.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        Cell g = r.createCell(6);
        g.setCellValue(19317.5);
        g.setCellStyle(grouped);
        r.createCell(7).setCellValue(true);
        r.createCell(8).setCellFormula("1/0");
        r.createCell(10).setCellValue("—");
        r.createCell(11).setCellValue(-0.0001);
        Row f = s.createRow(2);
        f.createCell(0).setCellFormula("B1+1");
        f.createCell(1).setCellFormula("\"飞凤\"&\"社区\"");
        Cell fd = f.createCell(2);
        fd.setCellFormula("D1+1");
        fd.setCellStyle(date);
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        ev.evaluateAll();
    }

    private static void write(Workbook wb, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    private static List<String> ours(Path file) throws Exception {
        List<String> cells = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            SheetXml sheet = new SheetXml(SharedText.of(pkg), CellFormats.read(reader.getStylesData(), false), collector(cells));
            try (InputStream in = reader.getSheetsData().next()) {
                sheet.read(in);
            }
        }
        return cells;
    }

    @Test
    void aPrefixedMainNamespaceIsReadAndForeignElementsAreNot() throws Exception {
        String xml = "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:o=\"urn:other\">"
                + "<x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>社区</x:t></x:is></x:c>"
                + "<o:c r=\"B1\"><o:v>9</o:v></o:c></x:row></x:sheetData></x:worksheet>";
        List<String> cells = new ArrayList<>();
        new SheetXml(null, null, collector(cells)).read(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(List.of("0:0=社区"), cells);
    }

    /**
     * Formulas a program wrote without calculating them (no {@code <v>}, or an empty one on a number)
     * read as their formula, not as empty cells; a formula that computed an empty text, a cached
     * number and a cached text read as their values.
     */
    @Test
    void aFormulaWithoutItsValueReadsAsTheFormula() throws Exception {
        String xml = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\"><f>SUM(F6:F7)</f></c>"                          // openpyxl: no value
                + "<c r=\"B1\"><f>G6*2</f><v></v></c>"                          // an empty number
                + "<c r=\"C1\"><f t=\"shared\" si=\"0\"/></c>"                  // a shared formula's other cell
                + "<c r=\"D1\" t=\"str\"><f>IF(A1=\"\",\"\",A1)</f><v></v></c>"   // computed: an empty text
                + "<c r=\"E1\"><f>1+1</f><v>2</v></c>"
                + "<c r=\"F1\" t=\"str\"><f>\"飞凤\"&amp;\"社区\"</f><v>飞凤社区</v></c>"
                + "<c r=\"G1\"><v>5</v></c></row></sheetData></worksheet>";
        List<String> cells = new ArrayList<>();
        new SheetXml(null, null, collector(cells)).read(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(List.of("0:0==SUM(F6:F7)", "0:1==G6*2", "0:2==…", "0:3=", "0:4=2", "0:5=飞凤社区", "0:6=5"), cells);
    }

    @Test
    void aDoctypeIsRefused() {
        String xml = "<!DOCTYPE worksheet [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>";
        List<String> cells = new ArrayList<>();
        org.junit.jupiter.api.Assertions.assertThrows(javax.xml.stream.XMLStreamException.class, () ->
                new SheetXml(null, null, collector(cells)).read(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals(List.of(), cells);
    }

    /** What POI's own handler gave, with the same formatter. */
    private static List<String> poi(Path file) throws Exception {
        List<String> cells = new ArrayList<>();
        read(file, (strings, styles) -> new XSSFSheetXMLHandler(styles, null, strings, new XSSFSheetXMLHandler.SheetContentsHandler() {
            @Override public void startRow(int rowNum) { }
            @Override public void endRow(int rowNum) { }

            @Override
            public void cell(String ref, String value, XSSFComment comment) {
                CellReference c = new CellReference(ref);
                cells.add(c.getRow() + ":" + c.getCol() + "=" + (value == null ? "" : value));
            }
        }, new CanonicalFormatter(), false));
        return cells;
    }

    private static SheetXml.Cells collector(List<String> cells) {
        return new SheetXml.Cells() {
            @Override public void startRow(int row) { }
            @Override public void endRow(int row) { }

            @Override
            public void cell(int row, int column, String text) {
                cells.add(row + ":" + column + "=" + text);
            }
        };
    }

    private static void read(Path file, java.util.function.BiFunction<ReadOnlySharedStringsTable, StylesTable, ContentHandler> handler)
            throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler.apply(strings, reader.getStylesTable()));
            try (InputStream sheet = reader.getSheetsData().next()) {
                xml.parse(new InputSource(sheet));
            }
        }
    }
}
