package org.shequ.core.validate;

import org.shequ.core.schema.Field;

/** Receives every record of a run as it streams past the checks (aggregation listens here). */
@FunctionalInterface
public interface RecordListener {
    void accept(Record record);

    /** A rule was judged for the record about to be accepted (before {@link #accept}). */
    default void judged(String rule, Record record, boolean passed) {
    }

    /** A rule that applies to the record about to be accepted could not judge it, and why. */
    default void notJudged(String rule, Record record, Field field, Unjudged why) {
    }

    /** The run is over (after the last record and the checks' end). */
    default void end() {
    }
}
