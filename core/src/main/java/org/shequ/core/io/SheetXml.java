package org.shequ.core.io;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Reads one worksheet's XML, streaming (StAX, with Aalto: it reads UTF-8 bytes directly, 2.5× the
 * JDK's parser on a national sheet, and never expands an entity, so a DOCTYPE's entities fail the
 * file instead of being read): each cell's text as shequ parses it, handed on by row and column. It gives what POI's {@code XSSFSheetXMLHandler} with the {@link CanonicalFormatter} gave
 * (cached values of formulas, canonical numbers and dates, {@code TRUE}/{@code FALSE},
 * {@code ERROR:#N/A}), without that handler's per-cell costs, which made a national workbook 8× slower
 * to read than the same rows as CSV: the number format of a style is decided once per style
 * ({@link CellFormats}), a shared string is decoded once per index, an inline string is taken as
 * written (decoded only when it holds an {@code _xHHHH_} escape), and a column comes from the
 * letters of the cell reference. Phonetic runs ({@code rPh}) of an inline string are not its text,
 * as they are not in a shared string.
 */
final class SheetXml {
    /** Where the cells go. */
    interface Cells {
        void startRow(int row);

        /** A cell with a value; {@code column} is 0-based, text never null. */
        void cell(int row, int column, String text);

        void endRow(int row);
    }

    private static final String MAIN = XSSFRelation.NS_SPREADSHEETML;
    /** Excel's last column, XFD. */
    private static final int MAX_COLUMNS = 16_384;

    private final SharedStrings sharedStrings;
    private final String[] decoded;
    private final CellFormats formats;
    private final Cells out;

    private final StringBuilder value = new StringBuilder();
    private boolean capturing;
    private boolean inlineOpen;
    private boolean phoneticOpen;
    private int row = -1;
    private int column;
    private int nextColumn;
    private char type;
    private NumberStyle style;

    SheetXml(SharedStrings sharedStrings, CellFormats formats, Cells out) {
        this.sharedStrings = sharedStrings;
        this.decoded = new String[sharedStrings == null ? 0 : Math.max(0, sharedStrings.getUniqueCount())];
        this.formats = formats == null ? CellFormats.none() : formats;
        this.out = out;
    }

    private static final XMLInputFactory FACTORY = factory();

    private static XMLInputFactory factory() {
        XMLInputFactory f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /** Reads the sheet to its end, or until {@link Cells} throws. */
    void read(InputStream sheet) throws XMLStreamException {
        XMLStreamReader r = FACTORY.createXMLStreamReader(sheet);
        try {
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (MAIN.equals(r.getNamespaceURI())) {
                            start(r.getLocalName(), r);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (MAIN.equals(r.getNamespaceURI())) {
                            end(r.getLocalName());
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (capturing) {
                            value.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new XMLStreamException("the sheet declares a DOCTYPE or an entity reference; refused", r.getLocation());
                    default -> { }
                }
            }
        } finally {
            r.close();
        }
    }

    private void start(String localName, XMLStreamReader attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getAttributeValue(null, "r");
                row = r != null ? Integer.parseInt(r.trim()) - 1 : row + 1;
                nextColumn = 0;
                out.startRow(row);
            }
            case "c" -> startCell(attributes);
            case "v" -> {
                capturing = true;
                value.setLength(0);
            }
            case "f" -> {
                if (type == 'n') {
                    type = 'f'; // a formula's cached number: formatted by its style like any number
                }
            }
            case "is" -> {
                inlineOpen = true;
                value.setLength(0);
            }
            case "rPh" -> phoneticOpen = true;
            case "t" -> capturing = inlineOpen && !phoneticOpen;
            default -> { }
        }
    }

    private void startCell(XMLStreamReader attributes) {
        String ref = attributes.getAttributeValue(null, "r");
        int c = ref == null ? -1 : column(ref);
        column = c < 0 ? nextColumn : c;
        nextColumn = column + 1;
        String t = attributes.getAttributeValue(null, "t");
        style = null;
        if (t == null || t.equals("n")) {
            type = 'n';
            style = formats.of(attributes.getAttributeValue(null, "s"));
        } else {
            type = switch (t) {
                case "s" -> 's';
                case "inlineStr" -> 'i';
                case "str" -> 't'; // a formula's cached text, as written
                case "b" -> 'b';
                case "e" -> 'e';
                default -> 'n';
            };
        }
    }

    private void end(String localName) {
        switch (localName) {
            case "v" -> {
                capturing = false;
                if (!inlineOpen) {
                    emit();
                }
            }
            case "t" -> capturing = false;
            case "rPh" -> phoneticOpen = false;
            case "is" -> {
                inlineOpen = false;
                emit();
            }
            case "row" -> out.endRow(row);
            default -> { }
        }
    }

    private void emit() {
        String v = value.toString();
        String text = switch (type) {
            case 's' -> shared(v);
            case 'i' -> v.contains("_x") ? new XSSFRichTextString(v).getString() : v;
            case 'b' -> v.isEmpty() ? "" : v.charAt(0) == '0' ? "FALSE" : "TRUE";
            case 'e' -> "ERROR:" + v;
            case 't' -> v;
            default -> number(v);
        };
        out.cell(row, column, text == null ? "" : text);
        value.setLength(0);
    }

    private String number(String v) {
        if (style == null || v.isEmpty()) {
            return v;
        }
        try {
            double d = Double.parseDouble(v.trim());
            // beyond a double (1e309): kept as written, so the finding shows what the cell holds, not "Infinity"
            return Double.isFinite(d) ? style.format(d) : v;
        } catch (NumberFormatException e) {
            return v; // a formula's cached text without t="str": as written
        }
    }

    private String shared(String index) {
        int i;
        try {
            i = Integer.parseInt(index.trim());
        } catch (NumberFormatException e) {
            return "";
        }
        if (sharedStrings == null || i < 0 || i >= decoded.length) {
            // beyond the table's count: asked of the table itself, which refuses as it does
            return sharedStrings == null ? "" : sharedStrings.getItemAt(i).getString();
        }
        String s = decoded[i];
        if (s == null) {
            s = sharedStrings.getItemAt(i).getString();
            decoded[i] = s;
        }
        return s;
    }

    /** The 0-based column of an A1 reference: its letters. */
    static int column(String ref) {
        int c = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                c = c * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                c = c * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
            if (c > MAX_COLUMNS) {
                throw new IllegalArgumentException("cell reference beyond column XFD: " + ref);
            }
        }
        return c - 1;
    }
}
