package org.shequ.core.validate;

/**
 * One check with a stable rule ID. It sees a file's header binding, each record, and the ends of
 * files and of the run, and reports through the context: no I/O, no formatting. A check that
 * keeps state across records (duplicates) is created fresh for each run.
 */
public interface Check {

    String id();

    /**
     * Whether the check judges each record on its own, keeps no state and only reports: such a
     * check runs on the binder thread, next to the typing, and its findings travel with the
     * record (the per-field checks). Checks that remember records (duplicates) or tell listeners
     * what they judged run on the calling thread.
     */
    default boolean local() {
        return false;
    }

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
