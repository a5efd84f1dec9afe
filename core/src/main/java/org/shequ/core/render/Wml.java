package org.shequ.core.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The few WordprocessingML elements a document of shequ's is made of — paragraphs, runs and
 * bordered tables — built in order and written as XML. Properties are written in the order the
 * schema gives them (a paragraph's) or in the order they were set (a run's, which the schema
 * leaves free), as POI's XWPF writes them.
 */
final class Wml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private Wml() {
    }

    /** Something that goes into a body, a table cell or a footer. */
    interface Block {
        void write(XMLStreamWriter x) throws XMLStreamException;
    }

    /** A paragraph: its properties and its runs. */
    static final class Paragraph implements Block {
        private final List<Run> runs = new ArrayList<>();
        private String style;
        private boolean keepNext;
        private boolean pageBreakBefore;
        private final Map<String, String[]> borders = new LinkedHashMap<>(2);
        private String tab;
        private boolean noAutoSpace;
        private boolean offGrid;
        private String before;
        private String line;
        private boolean beforeAndAfter;
        private final Map<String, String> indent = new LinkedHashMap<>(4);
        private String alignment;

        Paragraph style(String id) {
            style = id;
            return this;
        }

        Paragraph keepNext() {
            keepNext = true;
            return this;
        }

        Paragraph pageBreakBefore() {
            pageBreakBefore = true;
            return this;
        }

        /** A border line on the top or bottom: its style (single, thickThinMediumGap…), width in eighths of a point, distance in points, colour. */
        Paragraph border(String side, String style, int eighths, int space, String colour) {
            borders.put(side, new String[] {style, String.valueOf(eighths), String.valueOf(space), colour});
            return this;
        }

        /** A tab stop aligning what follows a {@link Run#tab()} to the right at this position (twips). */
        Paragraph rightTab(int twips) {
            tab = String.valueOf(twips);
            return this;
        }

        /**
         * No extra space between Chinese and Latin letters or digits: a table's widths are measured
         * without it (Word and LibreOffice add about a quarter em at each change of script).
         */
        Paragraph noAutoSpace() {
            noAutoSpace = true;
            return this;
        }

        /** Not on the document's line grid: its own line height stands (a title of 2号, a flag of 小初). */
        Paragraph offGrid() {
            offGrid = true;
            return this;
        }

        /** Space before the paragraph, in twips. */
        Paragraph before(int twips) {
            before = String.valueOf(twips);
            return this;
        }

        /** An exact line height in points, written in twentieths (as Word rounds it). */
        Paragraph exactLine(double points) {
            line = String.valueOf(Math.round(points * 20));
            return this;
        }

        /** No space before or after the paragraph. */
        Paragraph noSpaceAround() {
            beforeAndAfter = true;
            return this;
        }

        Paragraph firstLine(int twips) {
            return indent("firstLine", twips);
        }

        /** Lines after the first start this far left of the paragraph's left indent. */
        Paragraph hanging(int twips) {
            return indent("hanging", twips);
        }

        Paragraph left(int twips) {
            return indent("left", twips);
        }

        Paragraph right(int twips) {
            return indent("right", twips);
        }

        private Paragraph indent(String side, int twips) {
            indent.put(side, String.valueOf(twips));
            return this;
        }

        /** left, center, right or both. */
        Paragraph align(String jc) {
            alignment = jc;
            return this;
        }

        Run run() {
            Run r = new Run();
            runs.add(r);
            return r;
        }

        /** The paragraph's properties (style, keeping, borders, tab, spacing, indent, alignment), when it has any. */
        private void properties(XMLStreamWriter x) throws XMLStreamException {
            if (style == null && !keepNext && !pageBreakBefore && borders.isEmpty() && tab == null && !noAutoSpace && !offGrid
                    && line == null && !beforeAndAfter && indent.isEmpty() && alignment == null) {
                return;
            }
            x.writeStartElement("w", "pPr", W);
            if (style != null) {
                value(x, "pStyle", style);
            }
            if (keepNext) {
                value(x, "keepNext", "on");
            }
            if (pageBreakBefore) {
                value(x, "pageBreakBefore", "on");
            }
            if (!borders.isEmpty()) {
                borders(x);
            }
            if (tab != null) {
                x.writeStartElement("w", "tabs", W);
                x.writeEmptyElement("w", "tab", W);
                attribute(x, "val", "right");
                attribute(x, "pos", tab);
                x.writeEndElement();
            }
            if (noAutoSpace) {
                value(x, "autoSpaceDE", "off");
                value(x, "autoSpaceDN", "off");
            }
            if (offGrid) {
                value(x, "snapToGrid", "off");
            }
            if (line != null || beforeAndAfter || before != null) {
                x.writeEmptyElement("w", "spacing", W);
                if (line != null) {
                    attribute(x, "line", line);
                    attribute(x, "lineRule", "exact");
                }
                if (beforeAndAfter || before != null) {
                    attribute(x, "before", before != null ? before : "0");
                    attribute(x, "after", "0");
                }
            }
            if (!indent.isEmpty()) {
                x.writeEmptyElement("w", "ind", W);
                for (Map.Entry<String, String> i : indent.entrySet()) {
                    attribute(x, i.getKey(), i.getValue());
                }
            }
            if (alignment != null) {
                value(x, "jc", alignment);
            }
            x.writeEndElement();
        }

        /** The top and bottom borders. */
        private void borders(XMLStreamWriter x) throws XMLStreamException {
            x.writeStartElement("w", "pBdr", W);
            for (String side : new String[] {"top", "bottom"}) {
                String[] b = borders.get(side);
                if (b != null) {
                    x.writeEmptyElement("w", side, W);
                    attribute(x, "val", b[0]);
                    attribute(x, "sz", b[1]);
                    attribute(x, "space", b[2]);
                    attribute(x, "color", b[3]);
                }
            }
            x.writeEndElement();
        }

        @Override
        public void write(XMLStreamWriter x) throws XMLStreamException {
            x.writeStartElement("w", "p", W);
            properties(x);
            for (Run r : runs) {
                r.write(x);
            }
            x.writeEndElement();
        }
    }

    /** A run: fonts, size, spacing and weight in the order set, then its text, fields and breaks. */
    static final class Run {
        private String[] fonts;
        private String halfPoints;
        private String spacing;
        private String bold;
        private String colour;
        private DocxChart drawing;
        private final List<Piece> content = new ArrayList<>(1);

        /** A text, a field character or instruction, or a break: the element and its text or type. */
        private record Piece(String element, String value) {
        }

        /** Times New Roman for Latin letters and digits, the given font for Chinese. */
        Run fonts(String latin, String eastAsia) {
            fonts = new String[] {latin, eastAsia};
            return this;
        }

        Run size(double points) {
            halfPoints = String.valueOf(Math.round(points * 2));
            return this;
        }

        /** Characters condensed (negative) or expanded by this many twentieths of a point. */
        Run spacing(int twips) {
            spacing = String.valueOf(twips);
            return this;
        }

        Run bold(boolean on) {
            bold = on ? "on" : "off";
            return this;
        }

        /** A colour as RRGGBB: the red of a 发文机关标志. */
        Run colour(String rgb) {
            colour = rgb;
            return this;
        }

        /** The run shows this chart, inline. */
        Run chart(DocxChart chart) {
            drawing = chart;
            return this;
        }

        /** A tab: what follows goes to the paragraph's tab stop. */
        Run tab() {
            content.add(new Piece("tab", ""));
            return this;
        }

        Run text(String text) {
            content.add(new Piece("t", text));
            return this;
        }

        /** A field character: begin, separate or end. */
        Run field(String type) {
            content.add(new Piece("fldChar", type));
            return this;
        }

        Run instruction(String text) {
            content.add(new Piece("instrText", text));
            return this;
        }

        /** A line break within the paragraph. */
        Run lineBreak() {
            content.add(new Piece("br", "textWrapping"));
            return this;
        }

        void write(XMLStreamWriter x) throws XMLStreamException {
            x.writeStartElement("w", "r", W);
            if (fonts != null || halfPoints != null || spacing != null || bold != null || colour != null) {
                x.writeStartElement("w", "rPr", W);
                if (fonts != null) {
                    x.writeEmptyElement("w", "rFonts", W);
                    attribute(x, "ascii", fonts[0]);
                    attribute(x, "hAnsi", fonts[0]);
                    attribute(x, "eastAsia", fonts[1]);
                }
                if (halfPoints != null) {
                    value(x, "sz", halfPoints);
                }
                if (spacing != null) {
                    value(x, "spacing", spacing);
                }
                if (bold != null) {
                    value(x, "b", bold);
                }
                if (colour != null) {
                    value(x, "color", colour);
                }
                x.writeEndElement();
            }
            for (Piece c : content) {
                switch (c.element()) {
                    case "t" -> text(x, "t", c.value(), preserved(c.value()));
                    case "instrText" -> text(x, "instrText", c.value(), false);
                    case "tab" -> x.writeEmptyElement("w", "tab", W);
                    case "fldChar" -> {
                        x.writeEmptyElement("w", "fldChar", W);
                        attribute(x, "fldCharType", c.value());
                    }
                    default -> {
                        x.writeEmptyElement("w", "br", W);
                        attribute(x, "type", c.value());
                    }
                }
            }
            if (drawing != null) {
                drawing.writeInline(x);
            }
            x.writeEndElement();
        }

        /** Word drops spaces at either end of a text unless it is told to keep them. */
        private static boolean preserved(String text) {
            return !text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
        }

        private static void text(XMLStreamWriter x, String element, String text, boolean preserve) throws XMLStreamException {
            if (text.isEmpty()) {
                x.writeEmptyElement("w", element, W);
                return;
            }
            x.writeStartElement("w", element, W);
            if (preserve) {
                x.writeAttribute("xml", XML, "space", "preserve");
            }
            x.writeCharacters(xml(text));
            x.writeEndElement();
        }

        /**
         * The text with each character XML 1.0 cannot hold (a control character other than tab and
         * line ends, a lone surrogate, U+FFFE, U+FFFF — a careless sheet's unit name may carry one)
         * as '?', as XWPF wrote it; the document is written, not refused.
         */
        static String xml(String text) {
            StringBuilder out = null;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c > 0xDFFF && c < 0xFFFE || pair;
                if (!allowed && out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (out != null) {
                    out.append(allowed ? c : '?');
                    if (pair) {
                        out.append(text.charAt(i + 1));
                    }
                }
                if (pair) {
                    i++;
                }
            }
            return out == null ? text : out.toString();
        }
    }

    /** An empty element with one w:val attribute. */
    static void value(XMLStreamWriter x, String element, String val) throws XMLStreamException {
        x.writeEmptyElement("w", element, W);
        attribute(x, "val", val);
    }

    static void attribute(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeAttribute("w", W, name, value);
    }
}
