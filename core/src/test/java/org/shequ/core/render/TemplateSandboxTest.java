package org.shequ.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.Problem;

/** A workspace's template can read the model and nothing else; every escape is refused with exit-2 problems. */
class TemplateSandboxTest {
    @TempDir
    Path dir;

    private Problem refused(String template) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("t.md.ftl"), template);
        TemplateEngine engine = new TemplateEngine(templates);
        return assertThrows(Problem.class, () -> engine.render("t", Map.of("doc", Map.of("office", "扶风县民政局"))));
    }

    @Test
    void newOfExecuteAndObjectConstructorIsRefused() throws Exception {
        Problem p = refused("<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        assertEquals("render.templateError", p.key());
        assertEquals(1, p.args().get(1));
        Problem q = refused("<#assign oc = \"freemarker.template.utility.ObjectConstructor\"?new()>${oc(\"java.io.File\", \"/etc/passwd\")}");
        assertEquals("render.templateError", q.key());
        assertTrue(String.valueOf(q.args().get(3)).contains("ObjectConstructor") || String.valueOf(q.args().get(3)).contains("new"),
                q.args().toString());
    }

    @Test
    void apiBuiltInIsOff() throws Exception {
        Problem p = refused("${doc?api.getClass()}");
        assertEquals("render.templateError", p.key());
        assertTrue(String.valueOf(p.args().get(3)).contains("api"), p.args().toString());
    }

    @Test
    void classIsNotReachable() throws Exception {
        Problem p = refused("${doc.class.protectionDomain}");
        assertEquals("render.templateMissingFact", p.key(), "doc.class is no more than a fact shequ.yaml does not give");
        assertEquals("class", p.args().get(3));
        Problem q = refused("${doc.office.class}");
        assertTrue(q.key().startsWith("render.template"), q.key());
    }

    @Test
    void includesCannotLeaveTheTemplateFolders() throws Exception {
        Files.writeString(dir.resolve("secret.md.ftl"), "秘密");
        Problem p = refused("<#include \"../secret.md.ftl\">");
        assertTrue(p.key().startsWith("render.template"), p.key());
        Problem q = refused("<#include \"/../../../../etc/passwd\">");
        assertTrue(q.key().startsWith("render.template"), q.key());
        assertThrows(Problem.class, () -> new TemplateEngine(dir.resolve("templates")).render("../secret", Map.of()));
    }

    @Test
    void aLinkOutOfTheTemplateFolderIsRefused() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Path outside = Files.writeString(dir.resolve("outside.md.ftl"), "外部模板");
        Files.createSymbolicLink(templates.resolve("linked.md.ftl"), outside);
        TemplateEngine engine = new TemplateEngine(templates);
        Problem p = assertThrows(Problem.class, () -> engine.render("linked", Map.of()));
        assertEquals("render.templateOutside", p.key());
    }

    @Test
    void aMissingValueStopsTheRenderWithNameLineAndColumn() throws Exception {
        Problem p = refused("# 标题\n\n答复${doc.proposal.number}号提案\n");
        assertEquals("render.templateMissingFact", p.key(), "a document's fact: named as one");
        assertEquals("t.md.ftl", p.args().get(0));
        assertEquals(3, p.args().get(1));
        assertEquals(5, p.args().get(2));
        assertEquals("proposal", p.args().get(3));
        Problem q = refused("# 标题\n\n共${total.m.households}户\n");
        assertEquals("render.templateMissingValue", q.key(), "a value of the data: named as the template writes it");
        assertEquals("total", q.args().get(3));
    }

    /** What a template says it needs, read without rendering it; the bundled ones say it, a broken declaration is refused. */
    @Test
    void aTemplateSaysWhichFactsItNeeds() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("t.md.ftl"), "<#ftl attributes={\"needs\": [\"office\", \"proposal.number\"]}>\n# ${doc.office}\n");
        Files.writeString(templates.resolve("none.md.ftl"), "# 无\n");
        Files.writeString(templates.resolve("bad.md.ftl"), "<#ftl attributes={\"needs\": \"office\"}>\n# 坏\n");
        Files.writeString(templates.resolve("broken.md.ftl"), "# ${doc.office\n");
        TemplateEngine engine = new TemplateEngine(templates);
        assertEquals(List.of("office", "proposal.number"), engine.needs("t"));
        assertEquals(List.of(), engine.needs("none"));
        assertEquals("render.templateError", assertThrows(Problem.class, () -> engine.needs("bad")).key());
        assertEquals("render.templateError", assertThrows(Problem.class, () -> engine.needs("broken")).key(), "a syntax error, before any data");
        TemplateEngine bundled = new TemplateEngine(null);
        assertEquals(List.of("office", "addressee", "date"), bundled.needs("work-report"));
        assertEquals(List.of("office", "date", "proposal.meeting", "proposal.number", "proposal.title", "proposal.proposer"),
                bundled.needs("proposal-reply"));
        assertEquals(List.of(), bundled.needs("compliance"));
        assertEquals("# 扶风县民政局\n", engine.render("t", Map.of("doc", Map.of("office", "扶风县民政局"))), "the declaration prints nothing");
    }

    @Test
    void aMissingTemplateNamesTheAvailableOnes() {
        Problem p = assertThrows(Problem.class, () -> new TemplateEngine(null).render("no-such", Map.of()));
        assertEquals("render.templateMissing", p.key());
        assertTrue(String.valueOf(p.args().get(1)).contains("work-report"));
    }

    @Test
    void valuesAreEscapedSoDataCannotBecomeMarkupOrHtml() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("t.md.ftl"), "# 报告\n\n社区：${name}\n");
        String md = new TemplateEngine(templates).render("t", Map.of("name", "<script>alert(1)</script>*城北*"));
        assertEquals("# 报告\n\n社区：\\<script\\>alert(1)\\</script\\>\\*城北\\*\n", md);
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        DocumentFormat.HTML.writer().write(MarkdownDocument.parse("t.md", md), html);
        String page = html.toString(StandardCharsets.UTF_8);
        assertFalse(page.contains("<script>"), page);
        assertTrue(page.contains("社区：&lt;script&gt;alert(1)&lt;/script&gt;*城北*"), page);
    }

    @Test
    void helpersAreAvailableToTemplates() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("t.md.ftl"),
                "${wan(62441)} ${pct(0.9583)} ${join(brief(names), 1)} ${cdate(\"2018-06-01\")} ${heading(2, 3)}${numeral(12)}");
        String out = new TemplateEngine(templates).render("t", Map.of("names", List.of("城北社区居委会", "召公村委会")));
        assertEquals("6.24万 95.8% 城北社区等 2018年6月1日 （三）十二", out);
    }

    /** Found by fuzzing: a front matter the commonmark extension cannot read is a refusal naming the document, not a crash. */
    @Test
    void anUnreadableFrontMatterIsARefusal() {
        Problem p = assertThrows(Problem.class, () -> MarkdownDocument.parse("工作报告.md", "---\naddressee: \"\n---\n# 标题\n"));
        assertEquals("render.frontMatter", p.key());
        assertEquals("工作报告.md", p.args().get(0));
    }
}
