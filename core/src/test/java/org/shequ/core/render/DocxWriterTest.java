package org.shequ.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * The Word writer against golden parts: the WordprocessingML of a document using every block and
 * inline the templates write (front matter, four heading levels, bold, emphasis, code, a hard
 * break, nested and numbered lists, a quote, tables, a chart, code blocks, an attachment after
 * {@code ---}, characters to escape, spaces at the ends of a text, the 版头 and 版记 of a notice) and
 * of a table too wide for 小四, part for part (first written as POI's XWPF wrote them; since then
 * changed only on purpose, with {@code -Dshequ.updateGoldens=true} and a read of the diff). POI
 * then reads the package back.
 */
class DocxWriterTest {
    private static final String DIR = "docx/";

    @Test
    void everyPartIsTheGoldenOne() throws IOException {
        Map<String, String> parts = parts(docx("edge"));
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels", "word/charts/chart1.xml", "word/document.xml",
                "word/footer1.xml", "word/footer2.xml", "word/settings.xml", "word/styles.xml"), List.copyOf(parts.keySet()));
        for (String part : List.of("document", "styles", "footer1", "footer2", "settings")) {
            assertGolden("edge." + part + ".xml", body(parts.get("word/" + part + ".xml")));
        }
        assertGolden("wide.document.xml", body(parts(docx("wide")).get("word/document.xml")));
    }

    /**
     * Characters XML cannot hold (control characters from a careless sheet, in the text and in a
     * table's unit name) are written as '?', as XWPF wrote them: the document is written, not
     * refused; a character outside the BMP is kept whole.
     */
    @Test
    void charactersXmlCannotHoldAreQuestionMarks() throws IOException {
        assertGolden("ctrl.document.xml", body(parts(docx("ctrl")).get("word/document.xml")));
        assertEquals("a?b?c😀\td", Wml.Run.xml("a\uD800b\u0000c😀\td"));
        assertEquals("?", Wml.Run.xml("\uDC00"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter().write(MarkdownDocument.parse("x", "---\noffice: \"县\\u0001局\"\n---\n\n# 标\u0002题\n"), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals("县?局", doc.getProperties().getCoreProperties().getCreator());
            assertEquals("标?题", doc.getProperties().getCoreProperties().getTitle());
        }
    }

    /** The chart block is a native bar chart holding the SVG's labels and values, shown inline from the body. */
    @Test
    void theChartIsAWordChartWithTheSameData() throws IOException {
        Map<String, String> parts = parts(docx("edge"));
        String chart = parts.get("word/charts/chart1.xml");
        assertTrue(chart.contains("<c:barChart><c:barDir val=\"bar\"/>"), chart);
        assertTrue(chart.contains("<c:pt idx=\"0\"><c:v>城关街道</c:v></c:pt><c:pt idx=\"1\"><c:v>天度镇</c:v></c:pt>"), chart);
        assertTrue(chart.contains("<c:pt idx=\"0\"><c:v>12</c:v></c:pt><c:pt idx=\"1\"><c:v>8</c:v></c:pt>"), chart);
        assertTrue(chart.contains("formatCode=\"#,##0\""), "whole numbers labelled without decimals");
        assertTrue(parts.get("word/_rels/document.xml.rels").contains("Target=\"charts/chart1.xml\""));
        assertTrue(parts.get("word/document.xml").contains("<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"rIdChart1\"/>"));
        assertTrue(parts.get("[Content_Types].xml").contains("drawingml.chart+xml"));
    }

    @Test
    void poiReadsItBack() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx("edge")))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertEquals("扶风县民政局文件", ps.get(0).getText(), "the flag (发文机关标志) first");
            assertEquals("扶政民发〔2024〕5号", ps.get(3).getText(), "the number two lines under it");
            assertTrue(ps.stream().anyMatch(p -> "Heading1".equals(p.getStyle()) && p.getText().equals("一、总体要求")));
            assertEquals(2, doc.getTables().size(), "the table and the 版记; the chart is a chart");
            assertEquals("抄送：县委办，县政府办。", doc.getTables().get(1).getRow(0).getCell(0).getText());
            assertEquals(1, doc.getCharts().size());
            assertEquals("12,345.6", doc.getTables().get(0).getRow(1).getCell(2).getText());
            assertEquals(2, doc.getFooterList().size(), "a notice's first page numbered as the others");
            assertEquals("— 1 —", doc.getFooterList().get(0).getText().strip());
            assertTrue(doc.getStyles().styleExist("Heading3"));
            assertEquals("11906", String.valueOf(doc.getDocument().getBody().getSectPr().getPgSz().getW()));
            // Word's 属性: the issuing office as the author and the heading as the title, not the library's name
            assertEquals("扶风县民政局", doc.getProperties().getCoreProperties().getCreator());
            assertEquals("关于加强社区建设的通知", doc.getProperties().getCoreProperties().getTitle());
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx("wide")))) {
            assertEquals(null, doc.getProperties().getCoreProperties().getCreator(), "no office, no author");
            assertEquals("宽表", doc.getProperties().getCoreProperties().getTitle());
        }
    }

    private static byte[] docx(String name) throws IOException {
        String md;
        try (InputStream in = DocxWriterTest.class.getResourceAsStream(DIR + name + ".md")) {
            md = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter().write(MarkdownDocument.parse(name, md), out);
        return out.toByteArray();
    }

    /** Compares with the golden part; {@code -Dshequ.updateGoldens=true} rewrites it first (then read the git diff). */
    static void assertGolden(String name, String actual) throws IOException {
        if (Boolean.getBoolean("shequ.updateGoldens")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources/org/shequ/core/render", DIR, name), actual);
        }
        assertEquals(golden(name), actual, name);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = DocxWriterTest.class.getResourceAsStream(DIR + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The part without its XML declaration (POI's and StAX's quote it differently). */
    private static String body(String xml) {
        return xml.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
    }

    private static Map<String, String> parts(byte[] zip) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
            for (ZipArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
