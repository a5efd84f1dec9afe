package org.shequ.core.render;

import org.shequ.core.Vocabulary;
import org.shequ.core.Words;
import static org.shequ.core.render.DocxWriter.*;

import java.util.ArrayList;
import java.util.List;
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

/** The body: blocks in order, each paragraph on the grid's exact line pitch. */
final class DocxBody {
    private final MarkdownDocument md;
    private final Letterhead head;
    private final List<Wml.Block> blocks = new ArrayList<>();
    private final List<DocxChart> charts = new ArrayList<>();
    private boolean pageBreak;
    private boolean addressed;

    /** The blocks written, in order. */
    List<Wml.Block> blocks() {
        return blocks;
    }

    /** The charts, in the order their blocks refer to them. */
    List<DocxChart> charts() {
        return charts;
    }

    DocxBody(MarkdownDocument md, Letterhead head) {
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
            run(p, Words.format("render.letterhead.cc", head.cc()), BODY_FONT, false).size(PAGE_NUMBER_SIZE);
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
                run(last, Words.get("render.letterhead.signer"), BODY_FONT, false);
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
        WmlTable table = new WmlTable(TEXT_WIDTH, new int[] {TEXT_WIDTH}).lines(8, 6, 8)
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

    private static Wml.Paragraph recordLine(WmlTable table) {
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

    /** How a clerk opens the note of attachments (附件说明) under the body: 附件：…, or 附件1：… for each of several. */
    private static final String ATTACHMENT = Vocabulary.word("DocxBody.ATTACHMENT");
    /** the opening of the note of a numbered attachment (附件1：) a clerk writes under a document's body, as a regular expression */
    private static final String ATTACHMENT_NUMBERED = Vocabulary.word("DocxBody.ATTACHMENT_NUMBERED");

    private void block(Node n, int depth) {
        if (n instanceof YamlFrontMatterBlock) {
            return;
        }
        if (n instanceof Heading h) {
            heading(h);
        } else if (n instanceof Paragraph p) {
            if (Inline.text(p).startsWith(ATTACHMENT) || Inline.text(p).matches(ATTACHMENT_NUMBERED)) {
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
                    run(paragraph("left", 0), Words.format("render.letterhead.addressee", md.front("addressee")), BODY_FONT, false);
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
        WmlTable table = new WmlTable(textWidth, Arrays.copyOf(layout.widths(), cols));
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
