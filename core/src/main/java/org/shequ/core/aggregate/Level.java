package org.shequ.core.aggregate;

import java.util.List;

/** The rows of one grouping, in code order, and the total over all units. */
public record Level(String by, List<Row> rows, Row total) {
}
