package org.shequ.core.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import java.util.Arrays;

/**
 * A Word document in the layout of GB/T 9704-2012 (党政机关公文格式), built from the Markdown
 * syntax tree with POI: A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; 22 lines
 * of 28 characters (a line grid of 22 lines and an exact line pitch; body text condensed by
 * 0.25 pt so exactly 28 characters of 3号 fill the 156 mm line — a character grid would also
 * stretch the title and the tables onto its cells); the title (level-1 heading) in 2号
 * 小标宋, centred; body in 3号 仿宋 with a two-character indent; level-2 headings (一、) in 黑体,
 * level-3 (（一）) in 楷体, level-4 (1.) in 仿宋 bold; page numbers "— 1 —" in 4号 宋体, odd pages
 * right and even pages left. Headings carry outline levels, so Word's navigation pane shows
 * them. The title is set in balanced lines ({@link TitleLines}). The 版头 and 版记 of the
 * document's kind ({@link Letterhead}): the 发文机关标志 in red 小标宋 35 mm below the top of the
 * text area (a letter's at its top), the 发文字号 (and 签发人), the red separator 4 mm below;
 * the 版记 in 4号 仿宋 between its black lines (thick, thin, thick), a table floating at the foot of
 * the last page.
 * Tables are bordered, their rows never split over two pages, their header row repeated on each
 * page; charts are native charts ({@link DocxChart}). The WordprocessingML is written directly
 * ({@link Wml}, {@link DocxPackage}).
 */
final class DocxWriter implements DocumentWriter {
    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING1_FONT = "黑体";
    static final String HEADING2_FONT = "楷体_GB2312";
    static final String PAGE_NUMBER_FONT = "宋体";
    static final String LATIN_FONT = "Times New Roman";
    static final int TITLE_SIZE = 22;   // 2号
    static final int BODY_SIZE = 16;    // 3号
    static final int PAGE_NUMBER_SIZE = 14; // 4号
    static final int TABLE_SIZE = 12;   // 小4号
    /** The 发文机关标志 at most 小初 (36 pt), smaller when a long name would not fit the line. */
    static final int FLAG_SIZE = 36;
    static final String RED = "FF0000";
    /** A line of the 版记 (4号), in points. */
    static final int RECORD_LINE = 25;
    static final String BLACK = "000000";
    /** Table sizes tried in turn until every number fits on its line: 小四, 五号, 小五. */
    static final double[] TABLE_SIZES = {12, 10.5, 9};
    /** A4 and the margins of GB/T 9704 in twentieths of a point (1 mm = 56.693 twips). */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = mm(37);
    static final int MARGIN_BOTTOM = mm(35);
    static final int MARGIN_LEFT = mm(28);
    static final int MARGIN_RIGHT = mm(26);
    static final int LINES = 22;
    static final int CHARS = 28;
    /** 225 mm of text height over 22 lines: 579 twips (28.95 pt) a line. */
    static final int LINE_PITCH = (PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) / LINES;
    /** Body characters are condensed by this many twips so that 28 of them fill the line, 29 do not. */
    static final int CONDENSE = -((BODY_SIZE * 20 * CHARS - (PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT)) / CHARS + 1);
    static final int INDENT = 2 * (BODY_SIZE * 20 + CONDENSE);
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** A table cell's left and right margins together, Word's default. */
    static final int CELL_MARGINS = 216;

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    @Override
    public void write(MarkdownDocument md, OutputStream out) throws IOException {
        Letterhead head = Letterhead.of(md);
        Body body = new Body(md, head);
        body.write(md.root());
        DocxPackage.write(new DocxPackage.Content() {
            @Override
            public void styles(XMLStreamWriter x) throws XMLStreamException {
                DocxWriter.styles(x);
            }

            @Override
            public void settings(XMLStreamWriter x) throws XMLStreamException {
                Wml.value(x, "evenAndOddHeaders", "on"); // odd and even pages have their own footer
            }

            @Override
            public List<Wml.Block> footer(boolean even) {
                return List.of(pageNumber(even ? "left" : "right"));
            }

            @Override
            public List<Wml.Block> firstFooter() {
                return head.kind() == Letterhead.Kind.LETTER ? List.of(letterFoot()) : null;
            }

            @Override
            public List<DocxChart> charts() {
                return body.charts;
            }

            @Override
            public List<Wml.Block> body() {
                return body.blocks;
            }

            @Override
            public void section(XMLStreamWriter x) throws XMLStreamException {
                DocxWriter.section(x, head.kind() == Letterhead.Kind.LETTER);
            }

            @Override
            public String title() {
                return Wml.Run.xml(md.title());
            }

            @Override
            public String author() {
                String office = md.front("office");
                return office == null ? null : Wml.Run.xml(office);
            }
        }, out);
    }

    private static void section(XMLStreamWriter x, boolean ownFirstPage) throws XMLStreamException {
        x.writeEmptyElement("w", "pgSz", Wml.W);
        Wml.attribute(x, "w", String.valueOf(PAGE_WIDTH));
        Wml.attribute(x, "h", String.valueOf(PAGE_HEIGHT));
        x.writeEmptyElement("w", "pgMar", Wml.W);
        Wml.attribute(x, "top", String.valueOf(MARGIN_TOP));
        Wml.attribute(x, "bottom", String.valueOf(MARGIN_BOTTOM));
        Wml.attribute(x, "left", String.valueOf(MARGIN_LEFT));
        Wml.attribute(x, "right", String.valueOf(MARGIN_RIGHT));
        Wml.attribute(x, "header", String.valueOf(mm(15)));
        Wml.attribute(x, "footer", String.valueOf(mm(28) - mm(7))); // the page number 7 mm below the text area
        Wml.attribute(x, "gutter", "0");
        if (ownFirstPage) {
            x.writeEmptyElement("w", "titlePg", Wml.W);
        }
        x.writeEmptyElement("w", "docGrid", Wml.W);
        Wml.attribute(x, "type", "lines");
        Wml.attribute(x, "linePitch", String.valueOf(LINE_PITCH));
    }

    /** Paragraph styles with outline levels: 标题 (title), 一级标题, 二级标题, 三级标题; fonts on the runs. */
    private static void styles(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement("w", "docDefaults", Wml.W);
        x.writeStartElement("w", "rPrDefault", Wml.W);
        x.writeStartElement("w", "rPr", Wml.W);
        x.writeEmptyElement("w", "rFonts", Wml.W);
        Wml.attribute(x, "eastAsia", BODY_FONT);
        Wml.attribute(x, "ascii", LATIN_FONT);
        Wml.attribute(x, "hAnsi", LATIN_FONT);
        x.writeEmptyElement("w", "lang", Wml.W);
        Wml.attribute(x, "eastAsia", "zh-CN");
        Wml.value(x, "sz", String.valueOf(BODY_SIZE * 2));
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement("w", "pPrDefault", Wml.W);
        x.writeEmptyElement("w", "pPr", Wml.W);
        x.writeEndElement();
        x.writeEndElement();
        style(x, "Title", "Title", -1);
        style(x, "Heading1", "heading 1", 0);
        style(x, "Heading2", "heading 2", 1);
        style(x, "Heading3", "heading 3", 2);
    }

    private static void style(XMLStreamWriter x, String id, String name, int outline) throws XMLStreamException {
        x.writeStartElement("w", "style", Wml.W);
        Wml.attribute(x, "styleId", id);
        Wml.attribute(x, "type", "paragraph");
        Wml.value(x, "name", name);
        x.writeEmptyElement("w", "qFormat", Wml.W);
        if (outline >= 0) {
            x.writeStartElement("w", "pPr", Wml.W);
            Wml.value(x, "outlineLvl", String.valueOf(outline));
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /** "— 1 —": odd pages to the right, even pages to the left, one character in from the edge. */
    private static Wml.Paragraph pageNumber(String side) {
        Wml.Paragraph p = new Wml.Paragraph();
        if (side.equals("right")) {
            p.right(PAGE_NUMBER_SIZE * 20);
        } else {
            p.left(PAGE_NUMBER_SIZE * 20);
        }
        p.align(side);
        font(p.run(), PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).text("— ");
        font(p.run(), PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).field("begin");
        font(p.run(), PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).instruction(" PAGE ");
        font(p.run(), PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).field("separate");
        font(p.run(), PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).text("1");
        font(p.run(), PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).field("end");
        font(p.run(), PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).text(" —");
        return p;
    }

    /** A letter's first page: no page number, the double red line (thin over thick) near its foot (GB/T 9704 10.1). */
    private static Wml.Paragraph letterFoot() {
        Wml.Paragraph p = new Wml.Paragraph().exactLine(2).noSpaceAround();
        p.border("top", "thinThickMediumGap", 24, 0, RED);
        return p;
    }

    static Wml.Run font(Wml.Run run, String eastAsia, double size) {
        return run.fonts(LATIN_FONT, eastAsia).size(size);
    }

    /** The body: blocks in order, each paragraph on the grid's exact line pitch. */
    private static final class Body {
        private final MarkdownDocument md;
        private final Letterhead head;
        private final List<Wml.Block> blocks = new ArrayList<>();
        private final List<DocxChart> charts = new ArrayList<>();
        private boolean pageBreak;
        private boolean addressed;

        Body(MarkdownDocument md, Letterhead head) {
            this.md = md;
            this.head = head;
        }

        void write(Node root) {
            if (head.headed()) {
                head();
            } else if (head.number() != null) {
                Wml.Paragraph p = paragraph("center", 0);
                run(p, head.number(), BODY_FONT, false);
                paragraph("left", 0);
            }
            for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
                block(n, 0);
            }
            if (md.signatureBefore() == null) {
                signature();
            }
            if (head.recorded()) {
                record();
            } else if (head.cc() != null) {
                paragraph("left", 0);
                Wml.Paragraph p = paragraph("left", 0);
                p.left(BODY_SIZE * 20);
                run(p, "抄送：" + head.cc(), BODY_FONT, false).size(PAGE_NUMBER_SIZE);
            }
        }

        /**
         * The 版头: the flag, two empty lines, the number (centred; an upward report's on the left
         * with 签发人 on the right), the red line 4 mm under it, two empty lines before the title.
         * A letter: the flag at the top over the double red line, the number to the right a line below.
         */
        private void head() {
            boolean letter = head.kind() == Letterhead.Kind.LETTER;
            double size = Math.min(FLAG_SIZE, Math.floor(TEXT_WIDTH / 20.0 / (TitleLines.ems(head.flag()) + 1)));
            Wml.Paragraph flag = paragraph("center", 0).exactLine(size * 1.25).offGrid();
            if (!letter) {
                flag.before(mm(35));
            }
            font(flag.run(), TITLE_FONT, size).colour(RED).text(head.flag());
            Wml.Paragraph last = flag;
            if (letter) {
                flag.border("bottom", "thickThinMediumGap", 24, 11, RED);
                if (head.number() != null) {
                    paragraph("left", 0);
                    run(paragraph("right", 0), head.number(), BODY_FONT, false);
                }
                paragraph("left", 0);
                return;
            }
            if (head.number() != null || head.signer() != null) {
                paragraph("left", 0);
                paragraph("left", 0);
                if (head.kind() == Letterhead.Kind.REPORT) {
                    last = paragraph("left", 0).left(BODY_SIZE * 20).rightTab(TEXT_WIDTH - BODY_SIZE * 20);
                    run(last, head.number() == null ? "" : head.number(), BODY_FONT, false);
                    font(last.run(), BODY_FONT, BODY_SIZE).tab();
                    run(last, "签发人：", BODY_FONT, false);
                    run(last, head.signer(), HEADING2_FONT, false);
                } else {
                    last = paragraph("center", 0);
                    run(last, head.number(), BODY_FONT, false);
                }
            }
            last.border("bottom", "single", 12, 11, RED);
            paragraph("left", 0);
        }

        /**
         * The 版记 at the foot of the last page: a table without sides floating at the bottom of the
         * text area, 抄送 in its first row (its second line aligned after the colon), 印发机关 on the
         * left and 印发日期 on the right in the last, each one character in from the edges; the
         * first and last lines thick (0.35 mm), the one between thin (0.25 mm).
         */
        private void record() {
            int edge = PAGE_NUMBER_SIZE * 20 - 108; // one character in, less the cell's own margin
            int rows = (head.cc() != null ? 1 : 0) + (head.printLine() ? 1 : 0);
            if (rows == 0) {
                return; // nothing to record (no 抄送, no office or date to print): no empty table
            }
            int height = rows * RECORD_LINE * 20 + 30; // the lines' own width besides
            Wml.Table table = new Wml.Table(TEXT_WIDTH, new int[] {TEXT_WIDTH}).lines(8, 6, 8)
                    .floating(MARGIN_LEFT, PAGE_HEIGHT - MARGIN_BOTTOM - height);
            if (head.cc() != null) {
                Wml.Paragraph copies = recordLine(table).left(edge + 3 * PAGE_NUMBER_SIZE * 20).hanging(3 * PAGE_NUMBER_SIZE * 20).right(edge);
                font(copies.run(), BODY_FONT, PAGE_NUMBER_SIZE).text(head.copies());
            }
            if (head.printLine()) {
                Wml.Paragraph printed = recordLine(table).left(edge).rightTab(TEXT_WIDTH - 216 - edge);
                font(printed.run(), BODY_FONT, PAGE_NUMBER_SIZE).text(head.issuer() == null ? "" : head.issuer());
                if (head.printedOn() != null) {
                    font(printed.run(), BODY_FONT, PAGE_NUMBER_SIZE).tab().text(head.printedOn());
                }
            }
            blocks.add(table);
            blocks.add(new Wml.Paragraph().exactLine(1).noSpaceAround()); // a floating table stands before a paragraph
        }

        private static Wml.Paragraph recordLine(Wml.Table table) {
            return table.row().get(0).exactLine(RECORD_LINE).noSpaceAround().align("left");
        }

        /**
         * 署名 and 成文日期 two lines under the text, kept on one page with each other and with the
         * paragraph before them: no page holds the date alone.
         */
        private void signature() {
            if (md.front("office") != null || md.front("date") != null) {
                if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Wml.Paragraph last) {
                    last.keepNext();
                }
                paragraph("left", 0).keepNext();
                paragraph("left", 0).keepNext();
            }
            if (md.front("office") != null) {
                signature(md.front("office")).keepNext();
            }
            if (md.front("date") != null) {
                signature(Dates.chinese(md.front("date"), md.name()));
            }
        }

        /** 署名 and 成文日期 to the right, four characters in (GB/T 9704 7.3.5.1). */
        private Wml.Paragraph signature(String text) {
            Wml.Paragraph p = paragraph("right", 0);
            p.right(4 * BODY_SIZE * 20);
            run(p, text, BODY_FONT, false);
            return p;
        }

        private void block(Node n, int depth) {
            if (n instanceof YamlFrontMatterBlock) {
                return;
            }
            if (n instanceof Heading h) {
                heading(h);
            } else if (n instanceof Paragraph p) {
                if (Inline.text(p).startsWith("附件：") || Inline.text(p).matches("附件\\d+[：:].*")) {
                    paragraph("left", 0); // 附件说明: one empty line under the body (GB/T 9704 7.3.4)
                }
                inline(paragraph("both", INDENT), p, BODY_FONT, false);
            } else if (n instanceof BulletList || n instanceof OrderedList) {
                int number = n instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
                for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                    listItem((ListItem) item, n instanceof OrderedList ? (number++) + "." : "·", depth);
                }
            } else if (n instanceof BlockQuote q) {
                for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof Paragraph p) {
                        inline(paragraph("both", INDENT), p, HEADING2_FONT, false);
                    } else {
                        block(c, depth);
                    }
                }
            } else if (n instanceof TableBlock t) {
                table(Tables.of(t));
            } else if (n instanceof FencedCodeBlock f && Chart.is(f)) {
                chart(Chart.of(f, md.name()));
            } else if (n instanceof FencedCodeBlock f) {
                literal(f.getLiteral());
            } else if (n instanceof IndentedCodeBlock c) {
                literal(c.getLiteral());
            } else if (n instanceof ThematicBreak) {
                if (n == md.signatureBefore()) {
                    signature();
                }
                pageBreak = true; // what follows (an attachment) starts on a new page
            }
        }

        private void heading(Heading h) {
            switch (h.getLevel()) {
                case 1 -> {
                    Wml.Paragraph p = paragraph("center", 0);
                    p.style("Title").exactLine(TITLE_SIZE * 1.6).offGrid();
                    if (plain(h)) {
                        List<String> lines = TitleLines.of(Inline.text(h), TEXT_WIDTH / (TITLE_SIZE * 20.0));
                        for (int i = 0; i < lines.size(); i++) {
                            Wml.Run r = run(p, lines.get(i), TITLE_FONT, false).size(TITLE_SIZE);
                            if (i < lines.size() - 1) {
                                r.lineBreak();
                            }
                        }
                    } else {
                        inline(p, h, TITLE_FONT, false).forEach(r -> r.size(TITLE_SIZE));
                    }
                    paragraph("left", 0);
                    if (md.front("addressee") != null && !addressed) {
                        addressed = true;
                        run(paragraph("left", 0), md.front("addressee") + "：", BODY_FONT, false);
                    }
                }
                case 2 -> styled(h, "Heading1", HEADING1_FONT, false);
                case 3 -> styled(h, "Heading2", HEADING2_FONT, false);
                default -> styled(h, "Heading3", BODY_FONT, true);
            }
        }

        /** Whether a heading is text only (no emphasis, no break), so that its lines can be balanced. */
        private static boolean plain(Heading h) {
            for (Node c = h.getFirstChild(); c != null; c = c.getNext()) {
                if (!(c instanceof Text)) {
                    return false;
                }
            }
            return true;
        }

        private void styled(Heading h, String style, String fontName, boolean bold) {
            Wml.Paragraph p = paragraph("left", INDENT).style(style).keepNext();
            inline(p, h, fontName, bold);
        }

        private void listItem(ListItem item, String marker, int depth) {
            boolean first = true;
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Paragraph p) {
                    Wml.Paragraph para = paragraph("both", INDENT).left(depth * INDENT);
                    if (first) {
                        run(para, marker, BODY_FONT, false);
                        first = false;
                    }
                    inline(para, p, BODY_FONT, false);
                } else {
                    block(c, depth + 1);
                }
            }
        }

        private void literal(String text) {
            for (String line : text.split("\n", -1)) {
                if (!line.isEmpty()) {
                    run(paragraph("left", 0), line, BODY_FONT, false);
                }
            }
        }

        private Wml.Paragraph paragraph(String align, int firstLineIndent) {
            Wml.Paragraph p = new Wml.Paragraph().align(align).exactLine(LINE_PITCH / 20.0).noSpaceAround();
            if (firstLineIndent > 0) {
                p.firstLine(firstLineIndent);
            }
            if (pageBreak) {
                p.pageBreakBefore();
                pageBreak = false;
            }
            blocks.add(p);
            return p;
        }

        /** The inline content of a block as runs: bold for **, 楷体 for *, a line break for a hard break. */
        private List<Wml.Run> inline(Wml.Paragraph p, Node block, String fontName, boolean bold) {
            List<Wml.Run> runs = new ArrayList<>();
            inlineInto(p, block, fontName, bold, runs);
            return runs;
        }

        private void inlineInto(Wml.Paragraph p, Node parent, String fontName, boolean bold, List<Wml.Run> runs) {
            for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Text t) {
                    runs.add(run(p, t.getLiteral(), fontName, bold));
                } else if (c instanceof Code code) {
                    runs.add(run(p, code.getLiteral(), fontName, bold));
                } else if (c instanceof StrongEmphasis) {
                    inlineInto(p, c, fontName, true, runs);
                } else if (c instanceof Emphasis) {
                    inlineInto(p, c, HEADING2_FONT, bold, runs);
                } else if (c instanceof HardLineBreak) {
                    runs.add(run(p, "", fontName, bold).lineBreak());
                } else if (!(c instanceof SoftLineBreak)) {
                    inlineInto(p, c, fontName, bold, runs);
                }
            }
        }

        private static Wml.Run run(Wml.Paragraph p, String text, String fontName, boolean bold) {
            return font(p.run(), fontName, BODY_SIZE).spacing(CONDENSE).bold(bold).text(text);
        }

        /** The caption in 黑体, the chart under it, kept together, an empty line after. */
        private void chart(Chart c) {
            Wml.Paragraph caption = paragraph("center", 0).keepNext();
            font(caption.run(), HEADING1_FONT, TABLE_SIZE + 2).text(c.title());
            DocxChart chart = new DocxChart(c, charts.size() + 1);
            charts.add(chart);
            Wml.Paragraph p = new Wml.Paragraph().align("center").noSpaceAround();
            blocks.add(p);
            p.run().chart(chart);
            paragraph("left", 0);
        }

        private void table(Tables.Table t) {
            if (t.rows().isEmpty()) {
                return;
            }
            int cols = t.rows().get(0).size();
            int textWidth = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
            TableWidths.Layout layout = TableWidths.fit(t.rows(), textWidth, TABLE_SIZES);
            Wml.Table table = new Wml.Table(textWidth, Arrays.copyOf(layout.widths(), cols));
            for (int r = 0; r < t.rows().size(); r++) {
                List<String> cells = t.rows().get(r);
                List<Wml.Paragraph> row = table.row();
                for (int c = 0; c < cols; c++) {
                    Wml.Paragraph p = row.get(c).exactLine(layout.size() * 1.5).align("center").noAutoSpace();
                    String text = c < cells.size() ? cells.get(c) : "";
                    if (r == 0) {
                        // a header too long for its column breaks where a secretary would: 每百户综合服务 / 设施面积（平方米）
                        double ems = (layout.widths()[c] - CELL_MARGINS) / (layout.size() * 20.0) - 0.5;
                        List<String> lines = TitleLines.of(text, ems);
                        for (int i = 0; i < lines.size(); i++) {
                            Wml.Run run = font(p.run(), HEADING1_FONT, layout.size()).text(lines.get(i));
                            if (i < lines.size() - 1) {
                                run.lineBreak();
                            }
                        }
                    } else {
                        font(p.run(), BODY_FONT, layout.size()).text(text);
                    }
                }
            }
            blocks.add(table);
            paragraph("left", 0);
        }
    }
}
