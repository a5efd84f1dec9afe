package org.shequ.core.aggregate;

import java.util.List;
import java.util.Map;

/**
 * One group of one level: its code (or field value), name, number of units, metrics in a stable
 * order, for each rule the names of the units that failed it ("除城北社区、河东社区外") and how many
 * units it was judged for ("其他M个社区"), and for each metric that is incomplete the number of
 * units that did not report a value it needs ({@code missing}: empty, invalid or out of range), so
 * that no partial sum is ever shown as if it were whole.
 */
public record Row(String code, String name, long units, Map<String, Number> metrics, Map<String, List<String>> failing,
                  Map<String, Judged> judged, Map<String, Long> missing) {

    public Row(String code, String name, long units, Map<String, Number> metrics, Map<String, List<String>> failing,
               Map<String, Judged> judged) {
        this(code, name, units, metrics, failing, judged, Map.of());
    }

    /** How many units did not report what {@code key} needs (0 when it is complete). */
    public long missing(String key) {
        Long n = missing.get(key);
        return n == null ? 0 : n;
    }

    /** How many of the group's units a rule was judged for, and how many passed. */
    public record Judged(long units, long passed) {
        public long failed() {
            return units - passed;
        }
    }
}
