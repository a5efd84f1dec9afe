package org.shequ.core.render;

import org.shequ.core.Words;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/** The tables of a document as rows of cell texts: GFM tables and the data of charts, each named. */
final class Tables {
    /** How a note under a table begins (注：). */
    private static final String NOTE = Words.get("render.tables.note");

    private Tables() {
    }

    /** A table: its name (the heading above it, or the chart's title) and its rows, the header first. */
    record Table(String name, List<List<String>> rows, List<String> notes) {
        Table(String name, List<List<String>> rows) {
            this(name, rows, new ArrayList<>());
        }
    }

    static Table of(TableBlock block) {
        return new Table("", rows(block));
    }

    /** A chart's data as a two-column table, values with the chart's decimals (as its labels). */
    static Table of(Chart c) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(Words.get("render.tables.item"), c.unit().isEmpty() ? Words.get("render.tables.value")
                : Words.format("render.tables.valueWithUnit", c.unit())));
        c.data().forEach(p -> rows.add(List.of(p.label(), c.number(p.value()))));
        return new Table(c.title(), rows);
    }

    private static List<List<String>> rows(TableBlock block) {
        List<List<String>> rows = new ArrayList<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock node) {
                visitChildren(node);
            }

            @Override
            public void visit(org.commonmark.node.CustomNode node) {
                if (node instanceof TableRow row) {
                    List<String> cells = new ArrayList<>();
                    for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                        if (c instanceof TableCell cell) {
                            cells.add(Inline.text(cell).strip());
                        }
                    }
                    rows.add(cells);
                } else {
                    visitChildren(node);
                }
            }
        });
        return rows;
    }

    /**
     * Every table and chart of the document in order, named by the nearest heading above or the chart's title, each
     * with the notes under it (paragraphs that begin 注 before the next heading or table: what ※ and — mean).
     */
    static List<Table> all(MarkdownDocument doc) {
        List<Table> out = new ArrayList<>();
        String heading = doc.title();
        Table last = null;
        for (Node n = doc.root().getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph p && last != null) {
                String text = Inline.text(p).strip();
                if (text.startsWith(NOTE)) {
                    last.notes().add(text);
                }
                continue;
            }
            last = null;
            if (n instanceof Heading h) {
                heading = Inline.text(h).strip();
            } else if (n instanceof TableBlock t) {
                last = new Table(heading, rows(t));
                out.add(last);
            } else if (n instanceof FencedCodeBlock f && Chart.is(f)) {
                Chart c = Chart.of(f, doc.name());
                Table t = of(c);
                last = new Table(c.title().isEmpty() ? heading : c.title(), t.rows());
                out.add(last);
            }
        }
        return out;
    }
}
