package org.shequ.core.aggregate;

import java.util.List;

/** The rows of one grouping, in code order, and the total over all units. */
public record Level(String by, List<Row> rows, Row total) {

    /** The rows, then the total: walked as they are computed, never copied (a table's lines). */
    public Iterable<Row> rowsAndTotal() {
        return () -> java.util.stream.Stream.concat(rows.stream(), java.util.stream.Stream.of(total)).iterator();
    }
}
