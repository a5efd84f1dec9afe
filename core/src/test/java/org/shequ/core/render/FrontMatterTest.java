package org.shequ.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.Problem;

/**
 * The front matter a template writes with {@code yaml()} reads back as the facts it was given:
 * quotes, backslashes, line breaks and control characters included. The commonmark extension
 * alone read {@code \n} and {@code \u0007} as letters, so a 抄送 written over two lines in
 * shequ.yaml reached the docx as "县政协提案委\n县委县政府督查室\n".
 */
class FrontMatterTest {
    @TempDir
    Path dir;

    private MarkdownDocument rendered(Map<String, Object> doc) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("t.md.ftl"), "---\noffice: ${yaml(doc.office)}\ncc: ${yaml(doc.cc)}\n---\n\n# 答复\n\n正文。\n");
        return MarkdownDocument.parse("t.md", new TemplateEngine(templates).render("t", Map.of("doc", doc)));
    }

    @Test
    void factsReadBackAsGiven() throws Exception {
        MarkdownDocument md = rendered(Map.of("office", "扶风县\"民政\"局 C:\\路径", "cc", "县政协提案委，县委县政府督查室"));
        assertEquals("扶风县\"民政\"局 C:\\路径", md.front("office"));
        assertEquals("县政协提案委，县委县政府督查室", md.front("cc"));
    }

    @Test
    void aFactOverSeveralLinesIsOneLineOfTheDocument() throws Exception {
        MarkdownDocument md = rendered(Map.of("office", "扶风县民政局", "cc", "县政协提案委\n  县委县政府督查室\n"));
        assertEquals("县政协提案委 县委县政府督查室", md.front("cc"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter().write(md, out);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertTrue(d.getParagraphs().stream().anyMatch(p -> p.getText().equals("抄送：县政协提案委 县委县政府督查室")),
                    "the 抄送 line in the docx");
        }
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        new HtmlWriter().write(md, html);
        assertTrue(!html.toString(StandardCharsets.UTF_8).contains("\\n"), "no escape left as letters in the html");
    }

    @Test
    void aControlCharacterIsTheCharacterNotItsEscape() throws Exception {
        MarkdownDocument md = rendered(Map.of("office", "扶风县\u0007民政局", "cc", ""));
        assertEquals("扶风县\u0007民政局", md.front("office"));
        assertNull(md.front("cc"), "an empty fact is no fact");
    }

    @Test
    void aFrontMatterThatIsNotYamlIsARefusalWithItsLine() {
        Problem p = assertThrows(Problem.class, () -> MarkdownDocument.parse("工作报告.md",
                "---\noffice: 扶风县民政局\ntitle: 关于: 某事: 的通知\n---\n# 标题\n"));
        assertEquals("render.frontMatterYaml", p.key());
        assertEquals("工作报告.md", p.args().get(0));
        assertEquals(3, p.args().get(1), "the line in the Markdown");
        Problem nested = assertThrows(Problem.class, () -> MarkdownDocument.parse("工作报告.md", "---\noffice: {a: b}\n---\n# 标题\n"));
        assertEquals("render.frontMatterYaml", nested.key());
    }

    @Test
    void aDocumentWithoutFrontMatterHasNone() {
        MarkdownDocument md = MarkdownDocument.parse("t.md", "# 标题\n\n---\n\n附件\n");
        assertNull(md.front("office"));
        assertEquals("标题", md.title());
    }
}
