package org.shequ.core.io;

import java.util.List;

/**
 * Receives a table as a reader streams it. Readers call {@link #begin} once, then rows in order,
 * then {@link #end}; problems may come at any time. Nothing is held by the reader.
 */
public interface TableHandler {

    /** A table starts: its sheet name (null for CSV and YAML) and its shape. */
    void begin(String sheet, Shape shape);

    /** A row; return false to stop reading the table. */
    boolean row(RawRow row);

    /** A column appears that the header did not have (a YAML key first seen in a later record). */
    default void column(String name, int line) {
    }

    void problem(ReadProblem problem);

    void end();

    /** Whether these cells look like a header this handler recognises (used to pick a sheet). */
    boolean recognises(List<String> cells);
}
