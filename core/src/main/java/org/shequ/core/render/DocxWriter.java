package org.shequ.core.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word document in the layout of GB/T 9704-2012 (党政机关公文格式), built from the Markdown
 * syntax tree with POI: A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; 22 lines
 * of 28 characters (a line grid of 22 lines and an exact line pitch; body text condensed by
 * 0.25 pt so exactly 28 characters of 3号 fill the 156 mm line — a character grid would also
 * stretch the title and the tables onto its cells); the title (level-1 heading) in 2号
 * 小标宋, centred; body in 3号 仿宋 with a two-character indent; level-2 headings (一、) in 黑体,
 * level-3 (（一）) in 楷体, level-4 (1.) in 仿宋 bold; page numbers "— 1 —" in 4号 宋体, odd pages
 * right and even pages left. Headings carry outline levels, so Word's navigation pane shows
 * them. Tables and charts become bordered tables.
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
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc);
            new Body(doc, md).write(md.root());
            pageNumbers(doc);
            section(doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr());
            org.shequ.core.io.Stamp.write(doc, out);
        }
    }

    private static void section(CTSectPr sect) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(MARGIN_TOP));
        m.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        m.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        m.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        m.setHeader(BigInteger.valueOf(mm(15)));
        m.setFooter(BigInteger.valueOf(mm(28) - mm(7))); // the page number 7 mm below the text area
        m.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
    }

    /** Paragraph styles with outline levels: 标题 (title), 一级标题, 二级标题, 三级标题; fonts on the runs. */
    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setEastAsia(BODY_FONT);
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        styles.setDefaultFonts(fonts);
        styles.setEastAsia("zh-CN");
        styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr().addNewSz().setVal(BigInteger.valueOf(BODY_SIZE * 2));
        styles.addStyle(style("Title", "Title", -1));
        styles.addStyle(style("Heading1", "heading 1", 0));
        styles.addStyle(style("Heading2", "heading 2", 1));
        styles.addStyle(style("Heading3", "heading 3", 2));
    }

    private static XWPFStyle style(String id, String name, int outline) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        s.addNewQFormat();
        if (outline >= 0) {
            s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        return new XWPFStyle(s);
    }

    /** "— 1 —": odd pages to the right, even pages to the left, one character in from the edge. */
    private static void pageNumbers(XWPFDocument doc) {
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(side);
        if (side == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(PAGE_NUMBER_SIZE * 20);
        } else {
            p.setIndentationLeft(PAGE_NUMBER_SIZE * 20);
        }
        font(p.createRun(), PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).setText("— ");
        font(p.createRun(), PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        font(p.createRun(), PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).getCTR().addNewInstrText().setStringValue(" PAGE ");
        font(p.createRun(), PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        font(p.createRun(), PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).setText("1");
        font(p.createRun(), PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        font(p.createRun(), PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).setText(" —");
    }

    static XWPFRun font(XWPFRun run, String eastAsia, int size) {
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(eastAsia, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        return run;
    }

    /** The body: blocks in order, each paragraph on the grid's exact line pitch. */
    private static final class Body {
        private final XWPFDocument doc;
        private final MarkdownDocument md;
        private boolean pageBreak;
        private boolean addressed;

        Body(XWPFDocument doc, MarkdownDocument md) {
            this.doc = doc;
            this.md = md;
        }

        void write(Node root) {
            if (md.front("number") != null) {
                XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 0);
                run(p, md.front("number"), BODY_FONT, false);
                paragraph(ParagraphAlignment.LEFT, 0);
            }
            for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
                block(n, 0);
            }
            if (md.signatureBefore() == null) {
                signature();
            }
            if (md.front("cc") != null) {
                paragraph(ParagraphAlignment.LEFT, 0);
                XWPFParagraph p = paragraph(ParagraphAlignment.LEFT, 0);
                p.setIndentationLeft(BODY_SIZE * 20);
                run(p, "抄送：" + md.front("cc"), BODY_FONT, false).setFontSize(PAGE_NUMBER_SIZE);
            }
        }

        private void signature() {
            if (md.front("office") != null || md.front("date") != null) {
                paragraph(ParagraphAlignment.LEFT, 0);
                paragraph(ParagraphAlignment.LEFT, 0);
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
            XWPFParagraph p = paragraph(ParagraphAlignment.RIGHT, 0);
            p.setIndentationRight(4 * BODY_SIZE * 20);
            run(p, text, BODY_FONT, false);
        }

        private void block(Node n, int depth) {
            if (n instanceof YamlFrontMatterBlock) {
                return;
            }
            if (n instanceof Heading h) {
                heading(h);
            } else if (n instanceof Paragraph p) {
                XWPFParagraph para = paragraph(ParagraphAlignment.BOTH, INDENT);
                inline(para, p, BODY_FONT, false);
            } else if (n instanceof BulletList || n instanceof OrderedList) {
                int number = n instanceof OrderedList o ? o.getStartNumber() : 0;
                for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                    listItem((ListItem) item, n instanceof OrderedList ? (number++) + "." : "·", depth);
                }
            } else if (n instanceof BlockQuote q) {
                for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof Paragraph p) {
                        inline(paragraph(ParagraphAlignment.BOTH, INDENT), p, HEADING2_FONT, false);
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
                    XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 0);
                    p.setStyle("Title");
                    p.setSpacingBetween(TITLE_SIZE * 1.6, LineSpacingRule.EXACT);
                    inline(p, h, TITLE_FONT, false).forEach(r -> r.setFontSize(TITLE_SIZE));
                    paragraph(ParagraphAlignment.LEFT, 0);
                    if (md.front("addressee") != null && !addressed) {
                        addressed = true;
                        XWPFParagraph a = paragraph(ParagraphAlignment.LEFT, 0);
                        run(a, md.front("addressee") + "：", BODY_FONT, false);
                    }
                }
                case 2 -> styled(h, "Heading1", HEADING1_FONT, false);
                case 3 -> styled(h, "Heading2", HEADING2_FONT, false);
                default -> styled(h, "Heading3", BODY_FONT, true);
            }
        }

        private void styled(Heading h, String style, String fontName, boolean bold) {
            XWPFParagraph p = paragraph(ParagraphAlignment.LEFT, INDENT);
            p.setStyle(style);
            p.setKeepNext(true);
            inline(p, h, fontName, bold);
        }

        private void listItem(ListItem item, String marker, int depth) {
            boolean first = true;
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Paragraph p) {
                    XWPFParagraph para = paragraph(ParagraphAlignment.BOTH, INDENT);
                    para.setIndentationLeft(depth * INDENT);
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
                    run(paragraph(ParagraphAlignment.LEFT, 0), line, BODY_FONT, false);
                }
            }
        }

        private XWPFParagraph paragraph(ParagraphAlignment align, int firstLineIndent) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(align);
            p.setSpacingBetween(LINE_PITCH / 20.0, LineSpacingRule.EXACT);
            p.setSpacingBefore(0);
            p.setSpacingAfter(0);
            if (firstLineIndent > 0) {
                p.setIndentationFirstLine(firstLineIndent);
            }
            if (pageBreak) {
                p.setPageBreak(true);
                pageBreak = false;
            }
            return p;
        }

        /** The inline content of a block as runs: bold for **, 楷体 for *, a line break for a hard break. */
        private List<XWPFRun> inline(XWPFParagraph p, Node block, String fontName, boolean bold) {
            List<XWPFRun> runs = new ArrayList<>();
            inlineInto(p, block, fontName, bold, runs);
            return runs;
        }

        private void inlineInto(XWPFParagraph p, Node parent, String fontName, boolean bold, List<XWPFRun> runs) {
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
                    XWPFRun r = run(p, "", fontName, bold);
                    r.addBreak(BreakType.TEXT_WRAPPING);
                    runs.add(r);
                } else if (!(c instanceof SoftLineBreak)) {
                    inlineInto(p, c, fontName, bold, runs);
                }
            }
        }

        private static XWPFRun run(XWPFParagraph p, String text, String fontName, boolean bold) {
            XWPFRun r = font(p.createRun(), fontName, BODY_SIZE);
            r.setCharacterSpacing(CONDENSE);
            r.setBold(bold);
            r.setText(text);
            return r;
        }

        private void chart(Chart c) {
            XWPFParagraph caption = paragraph(ParagraphAlignment.CENTER, 0);
            font(caption.createRun(), HEADING1_FONT, TABLE_SIZE + 2).setText(c.title());
            table(Tables.of(c, 2));
        }

        private void table(Tables.Table t) {
            if (t.rows().isEmpty()) {
                return;
            }
            int cols = t.rows().get(0).size();
            int textWidth = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
            TableWidths.Layout layout = TableWidths.fit(t.rows(), textWidth, TABLE_SIZES);
            XWPFTable table = doc.createTable(t.rows().size(), cols);
            var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
            for (int c = 0; c < cols; c++) {
                var col = c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol();
                col.setW(BigInteger.valueOf(layout.widths()[c]));
            }
            table.setWidth(String.valueOf(textWidth));
            table.setTableAlignment(TableRowAlign.CENTER);
            table.getCTTbl().getTblPr().addNewTblLayout().setType(
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
            for (int r = 0; r < t.rows().size(); r++) {
                XWPFTableRow row = table.getRow(r);
                if (r == 0) {
                    row.setRepeatHeader(true);
                }
                List<String> cells = t.rows().get(r);
                for (int c = 0; c < cols; c++) {
                    XWPFTableCell cell = row.getCell(c);
                    cell.setWidth(String.valueOf(layout.widths()[c]));
                    XWPFParagraph p = cell.getParagraphs().get(0);
                    p.setAlignment(ParagraphAlignment.CENTER);
                    p.setSpacingBetween(layout.size() * 1.5, LineSpacingRule.EXACT);
                    XWPFRun run = font(p.createRun(), r == 0 ? HEADING1_FONT : BODY_FONT, TABLE_SIZE);
                    run.setFontSize(layout.size());
                    run.setText(c < cells.size() ? cells.get(c) : "");
                }
            }
            paragraph(ParagraphAlignment.LEFT, 0);
        }
    }
}
