package org.shequ.core.validate;

import org.shequ.core.schema.Field;

/**
 * A column of a file's header as bound to the dictionary: a known field, or a column that is
 * unknown, a second column for a field already bound, or one with an empty header.
 */
public record Column(int index, String header, Field field, Status status) {

    public enum Status { FIELD, UNKNOWN, DUPLICATE, EMPTY }

    /** The column's letter(s) as Excel shows them (A, B, … AA), 1-based number for CSV. */
    public String letter() {
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
