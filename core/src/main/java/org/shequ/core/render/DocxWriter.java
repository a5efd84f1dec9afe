package org.shequ.core.render;

import org.shequ.core.Vocabulary;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.commonmark.node.Paragraph;

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
    /** a font's name as its maker spells it: the title's (小标宋) */
    static final String TITLE_FONT = Vocabulary.word("DocxWriter.TITLE_FONT");
    /** a font's name as its maker spells it: the body's (仿宋) */
    static final String BODY_FONT = Vocabulary.word("DocxWriter.BODY_FONT");
    /** a font's name as its maker spells it: level-2 headings' (黑体) */
    static final String HEADING1_FONT = Vocabulary.word("DocxWriter.HEADING1_FONT");
    /** a font's name as its maker spells it: level-3 headings' (楷体) */
    static final String HEADING2_FONT = Vocabulary.word("DocxWriter.HEADING2_FONT");
    /** a font's name as its maker spells it: page numbers' (宋体) */
    static final String PAGE_NUMBER_FONT = Vocabulary.word("DocxWriter.PAGE_NUMBER_FONT");
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
        DocxBody body = new DocxBody(md, head);
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
                return body.charts();
            }

            @Override
            public List<Wml.Block> body() {
                return body.blocks();
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
}
