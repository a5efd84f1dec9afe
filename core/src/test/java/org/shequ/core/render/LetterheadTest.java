package org.shequ.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.shequ.core.Problem;

/** The 版头 and 版记 each kind of document takes (GB/T 9704-2012), in Word and in HTML. */
class LetterheadTest {
    private static final String BODY = "# 关于印发2024年全县社区建设工作要点的通知\n\n正文。\n";

    private static MarkdownDocument doc(String front) {
        return MarkdownDocument.parse("通知.md", "---\noffice: 扶风县民政局\ndate: 2024-02-01\n" + front + "---\n" + BODY);
    }

    @Test
    void eachKindHasItsParts() {
        Letterhead notice = Letterhead.of(doc("kind: 通知\nnumber: 扶政民发〔2024〕5号\ncc: 县委办，县政府办\n"));
        assertEquals(Letterhead.Kind.FILE, notice.kind());
        assertEquals("扶风县民政局文件", notice.flag());
        assertTrue(notice.headed() && notice.recorded() && notice.printLine());
        assertEquals("抄送：县委办，县政府办。", notice.copies());
        assertEquals("2024年2月1日印发", notice.printedOn(), "印发日期 is the date unless printed says otherwise");
        assertEquals("扶风县民政局", notice.issuer());

        Letterhead letter = Letterhead.of(doc("kind: 函\n"));
        assertEquals("扶风县民政局", letter.flag(), "a letter's flag is the office's name without 文件");
        assertFalse(letter.recorded(), "a letter without 抄送 has no 版记");
        assertTrue(Letterhead.of(doc("kind: 函\ncc: 县政协提案委\n")).recorded());
        assertFalse(Letterhead.of(doc("kind: 函\ncc: 县政协提案委\n")).printLine(), "a letter's 版记 has no 印发机关 or 日期");

        Letterhead briefing = Letterhead.of(doc(""));
        assertEquals(Letterhead.Kind.BRIEFING, briefing.kind(), "a report read at a meeting unless told otherwise");
        assertFalse(briefing.headed() || briefing.recorded());
        assertNull(briefing.flag());

        Letterhead own = Letterhead.of(doc("kind: 报告\nsigner: 王某某\nflag: 扶风县民政局\nissuer: 扶风县民政局办公室\nprinted: 2024-02-03\n"));
        assertEquals("扶风县民政局", own.flag());
        assertEquals("扶风县民政局办公室", own.issuer());
        assertEquals("2024年2月3日印发", own.printedOn());
    }

    @Test
    void anUnknownKindOrAMissingFactIsNamed() {
        Problem unknown = assertThrows(Problem.class, () -> Letterhead.of(doc("kind: 公告栏\n")));
        assertEquals("render.kind", unknown.key());
        assertEquals("公告栏", unknown.args().get(1));
        Problem signer = assertThrows(Problem.class, () -> Letterhead.of(doc("kind: 报告\n")));
        assertEquals("render.kindNeeds", signer.key());
        assertEquals("signer", signer.args().get(2), "an upward report names its 签发人");
        Problem office = assertThrows(Problem.class, () -> Letterhead.of(MarkdownDocument.parse("x.md", "---\nkind: 文件\n---\n# 标题\n")));
        assertEquals("office", office.args().get(2));
    }

    @Test
    void aNoticeInWordHasTheRedFlagTheRedLineAndTheRecordAtTheFoot() throws IOException {
        String xml = part(docx(doc("kind: 通知\nnumber: 扶政民发〔2024〕5号\ncc: 县委办，县政府办\nissuer: 扶风县民政局办公室\n")), "word/document.xml");
        int flag = xml.indexOf("扶风县民政局文件");
        assertTrue(flag > 0 && xml.lastIndexOf("<w:color w:val=\"FF0000\"/>", flag) > 0, "the flag in red");
        int number = xml.indexOf("扶政民发〔2024〕5号");
        assertTrue(number > flag && xml.lastIndexOf("<w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"11\" w:color=\"FF0000\"/>", number) > flag,
                "the red line under the number");
        int copies = xml.indexOf("抄送：县委办，县政府办。");
        int printed = xml.indexOf("2024年2月1日印发");
        assertTrue(copies > number && printed > copies && xml.indexOf("扶风县民政局办公室") < printed, xml);
        assertTrue(xml.lastIndexOf("w:tblpY=\"" + (DocxWriter.PAGE_HEIGHT - DocxWriter.MARGIN_BOTTOM - 2 * 500 - 30) + "\"", copies) > number, "the 版记 floats at the foot of the page");
        assertTrue(xml.contains("关于印发2024年全县</w:t><w:br w:type=\"textWrapping\"/>"), "the title in balanced lines");
    }

    @Test
    void aLetterHasTheDoubleLinesAndNoPageNumberOnItsFirstPage() throws IOException {
        byte[] docx = docx(doc("kind: 函\nnumber: 扶民函〔2024〕3号\n"));
        String xml = part(docx, "word/document.xml");
        assertTrue(xml.contains("<w:bottom w:val=\"thickThinMediumGap\""), "thick over thin under the flag");
        assertTrue(xml.contains("<w:footerReference w:type=\"first\"") && xml.contains("<w:titlePg/>"));
        String first = part(docx, "word/footer3.xml");
        assertTrue(first.contains("thinThickMediumGap") && !first.contains("PAGE"), "thin over thick, no page number: " + first);
        assertFalse(xml.contains("日印发"), "no 印发 line in a letter");
    }

    /** A 文件 with its own flag and nothing to record (no office, date or 抄送) has no empty 版记 table, which Word would refuse. */
    @Test
    void nothingToRecordIsNoRecord() throws IOException {
        String xml = part(docx(MarkdownDocument.parse("x.md", "---\nkind: 文件\nflag: 某某文件\n---\n# 标题\n\n正文。\n")), "word/document.xml");
        assertTrue(xml.contains("某某文件"));
        assertFalse(xml.contains("<w:tbl>"), xml);
    }

    @Test
    void anUpwardReportNamesItsSigner() throws IOException {
        String xml = part(docx(doc("kind: 报告\nnumber: 扶民发〔2024〕9号\nsigner: 王某某\n")), "word/document.xml");
        int number = xml.indexOf("扶民发〔2024〕9号");
        assertTrue(number > 0 && xml.indexOf("签发人：") > number && xml.indexOf("王某某") > number, xml);
    }

    @Test
    void theHtmlShowsTheSameParts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlWriter().write(doc("kind: 通知\nnumber: 扶政民发〔2024〕5号\ncc: 县委办\n"), out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertTrue(html.contains("<header class=\"head file\">\n<p class=\"flag\">扶风县民政局文件</p>\n<p class=\"number\">扶政民发〔2024〕5号</p>"), html);
        assertTrue(html.contains("<footer class=\"record\">\n<p class=\"copies\">抄送：县委办。</p>\n<p class=\"printed\"><span>扶风县民政局</span><span>2024年2月1日印发</span></p>"), html);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        new HtmlWriter().write(doc("number: 1号\n"), plain);
        assertFalse(plain.toString(StandardCharsets.UTF_8).contains("<header"), "a briefing has no 版头");
    }

    static byte[] docx(MarkdownDocument md) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter().write(md, out);
        return out.toByteArray();
    }

    static String part(byte[] zip, String name) throws IOException {
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
            for (ZipArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no part " + name);
    }
}
