package org.shequ.core.render;

import static org.shequ.core.render.Wml.W;
import static org.shequ.core.render.Wml.attribute;
import static org.shequ.core.render.Wml.value;

import org.shequ.core.render.Wml.Paragraph;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A table with single borders, a fixed layout, centred, its first row repeated on every page, no row split across two. */
final class WmlTable implements Wml.Block {
    private final int width;
    private final int[] columns;
    private final List<List<Paragraph>> rows = new ArrayList<>();
    private int[] lines;
    private int left;
    private int top = -1;

    WmlTable(int width, int[] columns) {
        this.width = width;
        this.columns = columns.clone();
    }

    /**
     * Horizontal lines only, no frame at the sides: the top, between rows and the bottom,
     * each in eighths of a point (GB/T 9704's 版记: thick, thin, thick).
     */
    WmlTable lines(int top, int between, int bottom) {
        lines = new int[] {top, between, bottom};
        return this;
    }

    /**
     * Floating at this place on the page (twips from its left and top edges): where the 版记
     * ends on the text area's last line. Placed from the page's edges, not "at the bottom of
     * the margin", which LibreOffice does not honour.
     */
    WmlTable floating(int fromLeft, int fromTop) {
        left = fromLeft;
        top = fromTop;
        return this;
    }

    /** A new row; its cells' paragraphs, one per column, to be filled. */
    List<Paragraph> row() {
        List<Paragraph> cells = new ArrayList<>(columns.length);
        for (int c = 0; c < columns.length; c++) {
            cells.add(new Paragraph());
        }
        rows.add(cells);
        return cells;
    }

    @Override
    public void write(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement("w", "tbl", W);
        x.writeStartElement("w", "tblPr", W);
        if (top >= 0) {
            x.writeEmptyElement("w", "tblpPr", W);
            attribute(x, "leftFromText", "0");
            attribute(x, "rightFromText", "0");
            attribute(x, "vertAnchor", "page");
            attribute(x, "horzAnchor", "page");
            attribute(x, "tblpX", String.valueOf(left));
            attribute(x, "tblpY", String.valueOf(top));
        }
        x.writeEmptyElement("w", "tblW", W);
        attribute(x, "w", String.valueOf(width));
        attribute(x, "type", "dxa");
        value(x, "jc", "center");
        borders(x);
        x.writeEmptyElement("w", "tblLayout", W);
        attribute(x, "type", "fixed");
        x.writeEndElement();
        x.writeStartElement("w", "tblGrid", W);
        for (int w : columns) {
            x.writeEmptyElement("w", "gridCol", W);
            attribute(x, "w", String.valueOf(w));
        }
        x.writeEndElement();
        for (int r = 0; r < rows.size(); r++) {
            row(x, r);
        }
        x.writeEndElement();
    }

    /** The borders: every line single, or only the horizontal ones of {@link #lines} (版记). */
    private void borders(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement("w", "tblBorders", W);
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            if (lines == null) {
                value(x, side, "single");
            } else {
                int size = switch (side) {
                    case "top" -> lines[0];
                    case "insideH" -> lines[1];
                    case "bottom" -> lines[2];
                    default -> 0;
                };
                value(x, side, size == 0 ? "nil" : "single");
                if (size > 0) {
                    attribute(x, "sz", String.valueOf(size));
                    attribute(x, "space", "0");
                    attribute(x, "color", "000000");
                }
            }
        }
        x.writeEndElement();
    }

    /** Row {@code r}: never split over two pages, the first repeated on each page (not in 版记), its cells at the columns' widths. */
    private void row(XMLStreamWriter x, int r) throws XMLStreamException {
        x.writeStartElement("w", "tr", W);
        x.writeStartElement("w", "trPr", W);
        value(x, "cantSplit", "on");
        if (r == 0 && lines == null) {
            value(x, "tblHeader", "on");
        }
        x.writeEndElement();
        List<Paragraph> cells = rows.get(r);
        for (int c = 0; c < cells.size(); c++) {
            x.writeStartElement("w", "tc", W);
            x.writeStartElement("w", "tcPr", W);
            x.writeEmptyElement("w", "tcW", W);
            attribute(x, "w", String.valueOf(columns[c]));
            attribute(x, "type", "dxa");
            x.writeEndElement();
            cells.get(c).write(x);
            x.writeEndElement();
        }
        x.writeEndElement();
    }
}
