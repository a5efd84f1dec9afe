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
 * {@code ---}, characters to escape, spaces at the ends of a text) and of a table too wide for
 * 小四, part for part as POI's XWPF wrote them when it built these documents. POI then reads the
 * package back.
 */
class DocxWriterTest {
    private static final String DIR = "docx/";

    @Test
    void everyPartIsTheGoldenOne() throws IOException {
        Map<String, String> parts = parts(docx("edge"));
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels", "word/document.xml",
                "word/footer1.xml", "word/footer2.xml", "word/settings.xml", "word/styles.xml"), List.copyOf(parts.keySet()));
        for (String part : List.of("document", "styles", "footer1", "footer2", "settings")) {
            assertEquals(golden("edge." + part + ".xml"), body(parts.get("word/" + part + ".xml")), part);
        }
        assertEquals(golden("wide.document.xml"), body(parts(docx("wide")).get("word/document.xml")));
    }

    /**
     * Characters XML cannot hold (control characters from a careless sheet, in the text and in a
     * table's unit name) are written as '?', as XWPF wrote them: the document is written, not
     * refused; a character outside the BMP is kept whole.
     */
    @Test
    void charactersXmlCannotHoldAreQuestionMarks() throws IOException {
        assertEquals(golden("ctrl.document.xml"), body(parts(docx("ctrl")).get("word/document.xml")));
        assertEquals("a?b?c😀\td", Wml.Run.xml("a\uD800b\u0000c😀\td"));
        assertEquals("?", Wml.Run.xml("\uDC00"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter().write(MarkdownDocument.parse("x", "---\noffice: \"县\\u0001局\"\n---\n\n# 标\u0002题\n"), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals("县?局", doc.getProperties().getCoreProperties().getCreator());
            assertEquals("标?题", doc.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void poiReadsItBack() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx("edge")))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertEquals("扶政民发〔2024〕5号", ps.get(0).getText());
            assertTrue(ps.stream().anyMatch(p -> "Heading1".equals(p.getStyle()) && p.getText().equals("一、总体要求")));
            assertEquals(2, doc.getTables().size(), "the table and the chart's data");
            assertEquals("12,345.6", doc.getTables().get(0).getRow(1).getCell(2).getText());
            assertEquals(2, doc.getFooterList().size());
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
