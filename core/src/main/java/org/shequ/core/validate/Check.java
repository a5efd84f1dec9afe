package org.shequ.core.validate;

/**
 * One check with a stable rule ID. It sees a file's header binding, each record, and the ends of
 * files and of the run, and reports through the context: no I/O, no formatting. A check that
 * keeps state across records (duplicates) is created fresh for each run.
 */
public interface Check {

    String id();

    default void header(Binding binding, CheckContext ctx) {
    }

    default void record(Record record, CheckContext ctx) {
    }

    default void endFile(CheckContext ctx) {
    }

    /** After the last file: for checks that join records across files. */
    default void endRun(CheckContext ctx) {
    }
}
