package org.shequ.core.convert;

import java.io.IOException;
import java.util.List;

/** Writes one table: its header, then its rows of typed cells (null for empty). One class per format. */
public interface TableOut extends AutoCloseable {

    void header(List<String> names) throws IOException;

    /** One row; a cell is a Long, Double, Boolean, String, LocalDate, a List of Strings, a {@link Percent}, or null. */
    void row(List<Object> cells) throws IOException;

    @Override
    void close() throws IOException;

    /** A percentage as written (97.4 for 97.4 %). */
    record Percent(double value) {
    }
}
