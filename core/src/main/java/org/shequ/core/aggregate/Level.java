package org.shequ.core.aggregate;

import java.util.List;

/**
 * The rows of one grouping, in code order, and the total over all units, of one period (null
 * when the rows have none). Periods are never added together.
 */
public record Level(String by, List<Row> rows, Row total, Long period) {

    public Level(String by, List<Row> rows, Row total) {
        this(by, rows, total, null);
    }

    /** The rows, then the total: walked as they are computed, never copied (a table's lines). */
    public Iterable<Row> rowsAndTotal() {
        return () -> java.util.stream.Stream.concat(rows.stream(), java.util.stream.Stream.of(total)).iterator();
    }
}
