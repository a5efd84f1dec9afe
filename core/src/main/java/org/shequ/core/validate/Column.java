package org.shequ.core.validate;

import org.shequ.core.schema.Field;
import org.shequ.core.schema.Units;

/**
 * A column of a file's header as bound to the dictionary: a known field (with the name that
 * matched it, {@code via}), a bookkeeping column such as 序号 ({@code LAYOUT}), or a column that
 * is unknown, a second column for a field already bound, or one with an empty header.
 * {@code header} is the column's text as shown, parent and child of a header band joined by "/";
 * {@code unit} the unit its header names (in brackets or on its own line of the band), null when
 * none, and {@code conversion} how its values become the field's unit when that is another one.
 */
public record Column(int index, String header, Field field, Status status, String via, String unit,
                     Units.Conversion conversion) {

    /**
     * FIELD: read into its field (converted when its header names another unit of the field's
     * family); WRONG_UNIT: its header names a field but a unit of another kind (户 under an area),
     * so its values are kept, not read into the field, and the column is an error.
     */
    public enum Status { FIELD, LAYOUT, UNKNOWN, DUPLICATE, EMPTY, WRONG_UNIT }

    public Column(int index, String header, Field field, Status status, String via) {
        this(index, header, field, status, via, null, null);
    }

    public static Column empty(int index) {
        return new Column(index, "", null, Status.EMPTY, null);
    }

    /** The column's letter(s) as Excel shows them (A, B, … AA). */
    public String letter() {
        return letter(index);
    }

    public static String letter(int index) {
        StringBuilder s = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            s.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return s.toString();
    }
}
