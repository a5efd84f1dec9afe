package org.shequ.core.aggregate;

import org.shequ.core.schema.Period;
import java.util.List;
import java.util.AbstractList;
import java.util.stream.Stream;

/**
 * The rows of one grouping, in code order, and the total over all units, of one period (null
 * when the rows have none). Periods are never added together.
 */
public record Level(String by, List<Row> rows, Row total, Period period) {

    public Level(String by, List<Row> rows, Row total) {
        this(by, rows, total, null);
    }

    /**
     * The rows of units whose codes are registered: every row but the {@link Grouping#UNKNOWN}
     * group's, still computed when read (a national township level is not made whole).
     */
    public List<Row> registered() {
        int at = unknownAt();
        if (at < 0) {
            return rows;
        }
        return new AbstractList<>() {
            @Override
            public Row get(int i) {
                return rows.get(i < at ? i : i + 1);
            }

            @Override
            public int size() {
                return rows.size() - 1;
            }
        };
    }

    /** The row of the units whose codes are not registered, or null. */
    public Row unknown() {
        int at = unknownAt();
        return at < 0 ? null : rows.get(at);
    }

    private int unknownAt() {
        if (rows instanceof LazyRows lazy) {
            return lazy.indexOf(Grouping.UNKNOWN);
        }
        for (int i = 0; i < rows.size(); i++) {
            if (Grouping.UNKNOWN.equals(rows.get(i).code())) {
                return i;
            }
        }
        return -1;
    }

    /** The rows, then the total: walked as they are computed, never copied (a table's lines). */
    public Iterable<Row> rowsAndTotal() {
        return () -> Stream.concat(rows.stream(), Stream.of(total)).iterator();
    }
}
