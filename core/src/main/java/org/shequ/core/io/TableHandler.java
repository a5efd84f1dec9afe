package org.shequ.core.io;

import java.util.List;

/**
 * Receives tables as a reader streams them. For each table (a CSV or YAML file, each sheet read
 * from a workbook) readers call {@link #begin}, then rows in order, then {@link #end}; problems
 * may come at any time. Nothing is held by the reader.
 */
public interface TableHandler {

    /** A table starts: its sheet name (null for CSV and YAML) and its shape. */
    void begin(String sheet, Shape shape);

    /**
     * The merged cell ranges of the table just begun (workbooks only), before its first row; not
     * called when they are unknown (CSV, YAML, a sheet too large to scan for them).
     */
    default void spans(List<Span> spans) {
    }

    /** A sheet of a workbook that is not read, and why ({@link SheetChoice.Skip}). */
    default void skipped(String sheet, SheetChoice.Skip why) {
    }

    /** A row; return false to stop reading the table. */
    boolean row(RawRow row);

    /** A column appears that the header did not have (a YAML key first seen in a later record). */
    default void column(String name, int line) {
    }

    void problem(ReadProblem problem);

    /** Something the reader noticed that does not stop the table: a DATA-PARSE warning. */
    default void warning(ReadProblem problem) {
    }

    void end();

    /** The file is read: no more tables follow. Called by whoever runs the reader, not by readers. */
    default void finish() {
    }

    /** Whether these cells look like a header this handler recognises (used to pick a sheet). */
    boolean recognises(List<String> cells);
}
