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

/**
 * A Word document in the layout of GB/T 9704-2012 (党政机关公文格式), built from the Markdown
 * syntax tree with POI: A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; 22 lines
 * of 28 characters (a line grid of 22 lines and an exact line pitch; body text condensed by
 * 0.25 pt so exactly 28 characters of 3号 fill the 156 mm line — a character grid would also
 * stretch the title and the tables onto its cells); the title (level-1 heading) in 2号
 * 小标宋, centred; body in 3号 仿宋 with a two-character indent; level-2 headings (一、) in 黑体,
 * level-3 (（一）) in 楷体, level-4 (1.) in 仿宋 bold; page numbers "— 1 —" in 4号 宋体, odd pages
 * right and even pages left. Headings carry outline levels, so Word's navigation pane shows
 * them. Tables and charts become bordered tables. The WordprocessingML is written directly
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

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    @Override
    public void write(MarkdownDocument md, OutputStream out) throws IOException {
        Body body = new Body(md);
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
            public List<Wml.Block> body() {
                return body.blocks;
            }

            @Override
            public void section(XMLStreamWriter x) throws XMLStreamException {
                DocxWriter.section(x);
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

    private static void section(XMLStreamWriter x) throws XMLStreamException {
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

    static Wml.Run font(Wml.Run run, String eastAsia, double size) {
        return run.fonts(LATIN_FONT, eastAsia).size(size);
    }

    /** The body: blocks in order, each paragraph on the grid's exact line pitch. */
    private static final class Body {
        private final MarkdownDocument md;
        private final List<Wml.Block> blocks = new ArrayList<>();
        private boolean pageBreak;
        private boolean addressed;

        Body(MarkdownDocument md) {
            this.md = md;
        }

        void write(Node root) {
            if (md.front("number") != null) {
                Wml.Paragraph p = paragraph("center", 0);
                run(p, md.front("number"), BODY_FONT, false);
                paragraph("left", 0);
            }
            for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
                block(n, 0);
            }
            if (md.signatureBefore() == null) {
                signature();
            }
            if (md.front("cc") != null) {
                paragraph("left", 0);
                Wml.Paragraph p = paragraph("left", 0);
                p.left(BODY_SIZE * 20);
                run(p, "抄送：" + md.front("cc"), BODY_FONT, false).size(PAGE_NUMBER_SIZE);
            }
        }

        private void signature() {
            if (md.front("office") != null || md.front("date") != null) {
                paragraph("left", 0);
                paragraph("left", 0);
            }
            if (md.front("office") != null) {
                signature(md.front("office"));
            }
            if (md.front("date") != null) {
                signature(Dates.chinese(md.front("date"), md.name()));
            }
        }

        /** 署名 and 成文日期 to the right, four characters in (GB/T 9704 7.3.5.1). */
        private void signature(String text) {
            Wml.Paragraph p = paragraph("right", 0);
            p.right(4 * BODY_SIZE * 20);
            run(p, text, BODY_FONT, false);
        }

        private void block(Node n, int depth) {
            if (n instanceof YamlFrontMatterBlock) {
                return;
            }
            if (n instanceof Heading h) {
                heading(h);
            } else if (n instanceof Paragraph p) {
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
                    p.style("Title").exactLine(TITLE_SIZE * 1.6);
                    inline(p, h, TITLE_FONT, false).forEach(r -> r.size(TITLE_SIZE));
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

        private void chart(Chart c) {
            Wml.Paragraph caption = paragraph("center", 0);
            font(caption.run(), HEADING1_FONT, TABLE_SIZE + 2).text(c.title());
            table(Tables.of(c, 2));
        }

        private void table(Tables.Table t) {
            if (t.rows().isEmpty()) {
                return;
            }
            int cols = t.rows().get(0).size();
            int textWidth = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
            TableWidths.Layout layout = TableWidths.fit(t.rows(), textWidth, TABLE_SIZES);
            Wml.Table table = new Wml.Table(textWidth, java.util.Arrays.copyOf(layout.widths(), cols));
            for (int r = 0; r < t.rows().size(); r++) {
                List<String> cells = t.rows().get(r);
                List<Wml.Paragraph> row = table.row();
                for (int c = 0; c < cols; c++) {
                    Wml.Paragraph p = row.get(c).exactLine(layout.size() * 1.5).align("center");
                    font(p.run(), r == 0 ? HEADING1_FONT : BODY_FONT, layout.size()).text(c < cells.size() ? cells.get(c) : "");
                }
            }
            blocks.add(table);
            paragraph("left", 0);
        }
    }
}
