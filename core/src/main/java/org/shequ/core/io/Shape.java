package org.shequ.core.io;

/** How a reader's rows are laid out, which decides how the header is found and rows are checked. */
public enum Shape {
    /** CSV: the header is among the first lines; every row should have the header's width. */
    DELIMITED,
    /** A worksheet: title rows and a merged header may stand above the data; trailing empty cells are omitted. */
    SHEET,
    /** YAML: the first row is the header (the first record's keys); cells carry their own lines. */
    KEYED
}
