package org.shequ.core.validate;

import org.shequ.core.schema.Field;

/**
 * A column of a file's header as bound to the dictionary: a known field (with the name that
 * matched it, {@code via}), a bookkeeping column such as 序号 ({@code LAYOUT}), or a column that
 * is unknown, a second column for a field already bound, or one with an empty header.
 * {@code header} is the column's text as shown, parent and child of a header band joined by "/".
 */
public record Column(int index, String header, Field field, Status status, String via) {

    public enum Status { FIELD, LAYOUT, UNKNOWN, DUPLICATE, EMPTY }

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
