package org.shequ.core.io;

import java.io.InputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.typed.TypedValueDecoder;

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

    static final String MAIN = XSSFRelation.NS_SPREADSHEETML;
    /** Excel's last column, XFD. */
    private static final int MAX_COLUMNS = 16_384;

    private final SharedText sharedStrings;
    private final CellFormats formats;
    private final Cells out;

    private final StringBuilder value = new StringBuilder();
    private final Chars chars = new Chars();
    private boolean capturing;
    private boolean inlineOpen;
    private boolean phoneticOpen;
    private int row = -1;
    private int column;
    private int nextColumn;
    private char type;
    private NumberStyle style;
    /** Whether the cell has a formula ({@code <f>}), and its text. */
    private boolean hasFormula;
    private final StringBuilder formula = new StringBuilder();
    private boolean formulaOpen;
    private boolean emitted;
    private int savedFormulas;
    private int firstSavedRow = -1;
    private int firstSavedColumn;

    SheetXml(SharedText sharedStrings, CellFormats formats, Cells out) {
        this.sharedStrings = sharedStrings == null ? SharedText.none() : sharedStrings;
        this.formats = formats == null ? CellFormats.none() : formats;
        this.out = out;
    }

    /** How many formula cells were read with the value the file saved for them. */
    int savedFormulas() {
        return savedFormulas;
    }

    /** The 1-based row and the 0-based column of the first of them, or null when there is none. */
    int[] firstSavedFormula() {
        return savedFormulas == 0 ? null : new int[] {firstSavedRow + 1, firstSavedColumn};
    }

    /** Reads the sheet to its end, or until {@link Cells} throws. */
    void read(InputStream sheet) throws XMLStreamException {
        WorkbookPart.walk(sheet, "sheet", new WorkbookPart.Events() {
            @Override
            public void start(String localName, XMLStreamReader element) throws XMLStreamException {
                SheetXml.this.start(localName, element);
            }

            @Override
            public void end(String localName) {
                SheetXml.this.end(localName);
            }

            @Override
            public void text(char[] chars, int start, int length) {
                if (capturing) {
                    value.append(chars, start, length);
                } else if (formulaOpen) {
                    formula.append(chars, start, length);
                }
            }
        });
    }

    private void start(String localName, XMLStreamReader attributes) throws XMLStreamException {
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
                formula.setLength(0);
                hasFormula = true;
                formulaOpen = true;
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

    /**
     * A cell's {@code r}, {@code t} and {@code s}, read from the parser's buffer: two strings a cell
     * less (the national sheet has 30 million cells).
     */
    private void startCell(XMLStreamReader attributes) throws XMLStreamException {
        XMLStreamReader2 r = (XMLStreamReader2) attributes;
        int c = -1;
        type = 'n';
        int styleAt = -1;
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            switch (r.getAttributeLocalName(i)) {
                case "r" -> {
                    r.getAttributeAs(i, chars);
                    c = column(chars.buffer, chars.start, chars.end);
                }
                case "t" -> {
                    r.getAttributeAs(i, chars);
                    type = chars.type();
                }
                case "s" -> styleAt = i;
                default -> { }
            }
        }
        column = c < 0 ? nextColumn : c;
        nextColumn = column + 1;
        style = null;
        hasFormula = false;
        emitted = false;
        if (type == '?') {
            type = 'n'; // no style: its text as written
        } else if (type == 'n') {
            int index = 0;
            if (styleAt >= 0) {
                r.getAttributeAs(styleAt, chars);
                index = chars.index();
            }
            style = formats.of(index);
        }
    }

    /** An attribute's characters, as the parser hands them over (valid until its next event). */
    private static final class Chars extends TypedValueDecoder {
        private static final char[] NONE = new char[0];
        char[] buffer = NONE;
        int start;
        int end;

        @Override
        public void decode(String value) {
            buffer = value.toCharArray();
            start = 0;
            end = buffer.length;
        }

        @Override
        public void decode(char[] value, int from, int to) {
            buffer = value;
            start = from;
            end = to;
        }

        @Override
        public void handleEmptyValue() {
            buffer = NONE;
            start = 0;
            end = 0;
        }

        private boolean is(String word) {
            if (end - start != word.length()) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                if (buffer[start + i] != word.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** The cell type of a {@code t}; {@code ?} for one Excel does not write (read as a number, but as written). */
        char type() {
            if (is("s")) {
                return 's';
            }
            if (is("inlineStr")) {
                return 'i';
            }
            if (is("str")) {
                return 't'; // a formula's cached text, as written
            }
            if (is("b")) {
                return 'b';
            }
            if (is("e")) {
                return 'e';
            }
            return is("n") ? 'n' : '?';
        }

        /** A style index ({@code s}); not a number: the file is damaged, as {@link Integer#parseInt} says. */
        int index() {
            int v = 0;
            for (int i = start; i < end; i++) {
                char ch = buffer[i];
                if (ch < '0' || ch > '9' || v > 100_000_000) {
                    return Integer.parseInt(new String(buffer, start, end - start));
                }
                v = v * 10 + (ch - '0');
            }
            return end > start ? v : Integer.parseInt("");
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
            case "f" -> formulaOpen = false;
            case "rPh" -> phoneticOpen = false;
            case "is" -> {
                inlineOpen = false;
                emit();
            }
            case "c" -> {
                if (hasFormula && !emitted) {
                    uncomputed();
                }
            }
            case "row" -> out.endRow(row);
            default -> { }
        }
    }

    /**
     * A formula the file holds no value for: programs that write workbooks without calculating them
     * (scripts, some exporters) leave {@code <v>} out or empty, and Excel computes it on opening.
     * The cell reads as its formula ({@code =SUM(F6:F7)}; {@code =…} for a shared one whose text
     * stands in another cell), which no number field accepts, instead of as an empty cell.
     */
    private void uncomputed() {
        out.cell(row, column, "=" + (formula.isEmpty() ? "…" : formula.toString().strip()));
        emitted = true;
        value.setLength(0);
    }

    private void emit() {
        // an empty number is no number; an empty text (t="str") is what =IF(…,"",…) computes
        if (hasFormula && value.isEmpty() && type == 'f') {
            uncomputed();
            return;
        }
        emitted = true;
        if (hasFormula) {
            if (savedFormulas++ == 0) {
                firstSavedRow = row;
                firstSavedColumn = column;
            }
        }
        String text;
        if (type == 'n' || type == 'f') {
            text = style == null || value.length() == 0 ? value.toString() : style.format(value);
        } else {
            String v = value.toString();
            text = switch (type) {
                case 's' -> shared(v);
                case 'i' -> v.contains("_x") ? new XSSFRichTextString(v).getString() : v;
                case 'b' -> v.isEmpty() ? "" : v.charAt(0) == '0' ? "FALSE" : "TRUE";
                case 'e' -> "ERROR:" + v;
                default -> v;
            };
        }
        out.cell(row, column, text == null ? "" : text);
        value.setLength(0);
    }

    private String shared(String index) {
        int i;
        try {
            i = Integer.parseInt(index.trim());
        } catch (NumberFormatException e) {
            return "";
        }
        return sharedStrings.get(i);
    }

    /** The 0-based column of an A1 reference: its letters. */
    static int column(String ref) {
        return column(ref.toCharArray(), 0, ref.length());
    }

    private static int column(char[] ref, int start, int end) {
        int c = 0;
        for (int i = start; i < end; i++) {
            char ch = ref[i];
            if (ch >= 'A' && ch <= 'Z') {
                c = c * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                c = c * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
            if (c > MAX_COLUMNS) {
                throw new IllegalArgumentException("cell reference beyond column XFD: " + new String(ref, start, end - start));
            }
        }
        return c - 1;
    }
}
