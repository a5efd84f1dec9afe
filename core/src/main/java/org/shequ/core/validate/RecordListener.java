package org.shequ.core.validate;

/** Receives every record of a run as it streams past the checks (aggregation listens here). */
@FunctionalInterface
public interface RecordListener {
    void accept(Record record);

    /** A rule was judged for the record about to be accepted (before {@link #accept}). */
    default void judged(String rule, Record record, boolean passed) {
    }

    /** The run is over (after the last record and the checks' end). */
    default void end() {
    }
}
