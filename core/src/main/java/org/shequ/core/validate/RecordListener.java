package org.shequ.core.validate;

/** Receives every record of a run as it streams past the checks (aggregation listens here). */
@FunctionalInterface
public interface RecordListener {
    void accept(Record record);
}
