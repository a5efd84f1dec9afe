package org.shequ.core.validate;

import org.shequ.core.io.Location;

/**
 * DATA-PARSE: a file, or part of it, cannot be read (encoding, broken quoting, a corrupt or
 * encrypted workbook, a YAML document that is not a list of records, a ragged row). Readers
 * report these as problems; this turns them into findings. Structural header problems found
 * while binding (no header at all, a column with data but no header) keep their DATA-HEADER ID.
 */
public final class ParseCheck {
    public static final String ID = "DATA-PARSE";

    private ParseCheck() {
    }

    public static Finding finding(Location where, String key, Severity severity, Object... args) {
        String rule = key.contains(".") ? key.substring(0, key.indexOf('.')) : ID;
        return Finding.of(rule, severity).at(where).message(key, args).build();
    }
}
