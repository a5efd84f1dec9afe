package org.shequ.core.aggregate;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One group of one level: its code (or field value), name, number of units, metrics in a stable
 * order, for each rule the names of the units that failed it ("除城北社区、河东社区外") and how many
 * units it was judged for ("其他M个社区") and which it could not judge, and for each metric that is incomplete the number of
 * units that did not report a value it needs ({@code missing}: empty, invalid or out of range, or the
 * unit sent nothing at all: {@code absent}), so that no partial sum is ever shown as if it were whole;
 * {@code unjudgedOnly}: the units that failed no rule and that some rule could not judge (told apart by code, not by name).
 */
public record Row(String code, String name, long units, Map<String, Number> metrics, Map<String, List<String>> failing,
                  Map<String, Judged> judged, Map<String, Long> missing, Map<String, List<String>> unjudged, long absent,
                  long unjudgedOnly) {

    public Row(String code, String name, long units, Map<String, Number> metrics, Map<String, List<String>> failing,
               Map<String, Judged> judged) {
        this(code, name, units, metrics, failing, judged, Map.of(), Map.of(), 0, 0);
    }

    /**
     * How many units did not report what {@code key} needs (0 when it is complete): those that left
     * it empty or invalid, and those of the jurisdiction that sent nothing ({@link #absent}).
     */
    public long missing(String key) {
        Long n = missing.get(key);
        return n == null ? 0 : n;
    }

    /**
     * The units that should have reported (应报): those that did, and the jurisdiction's registered
     * units that sent nothing (缺报, {@link #absent}; 0 when no jurisdiction is known).
     */
    public long expected() {
        return units + absent;
    }

    /**
     * The metric {@code key}, or null when none of the units that should have reported it did: nobody's
     * figure is no 0. A group of no unit at all (an empty file, nothing registered) counts 0 units and
     * reports none of the units' figures (a staff register's or a ledger's own figures it still has).
     */
    public Number reported(String key) {
        if (expected() == 0) {
            return UNIT_COUNTS.contains(key) || otherTable(key) ? metrics.get(key) : null;
        }
        long m = missing(key);
        return m > 0 && m >= expected() ? null : metrics.get(key);
    }

    /**
     * Whether the metric comes from another table than the units' rows (the staff register:
     * {@code staff_*}; the access ledger: {@code tasks*}, {@code certificates_demanded}): a group of
     * no unit may still have those, present only when that table gave some.
     */
    private static boolean otherTable(String key) {
        return key.startsWith("staff_") || key.startsWith("tasks") || key.equals("certificates_demanded");
    }

    /** The counts of units read, by type: what a group of no unit still says (0). */
    private static final Set<String> UNIT_COUNTS = Set.of("units", "urban_units", "rural_units");

    /** How many units reported a value for {@code key}: the units it covers. */
    public long covered(String key) {
        return Math.max(0, expected() - missing(key));
    }

    /**
     * How many of the group's units a rule judged, how many passed, and how many it applies to but
     * could not judge (a value missing or invalid): those are in neither count.
     */
    public record Judged(long units, long passed, long unjudged) {
        public Judged(long units, long passed) {
            this(units, passed, 0);
        }

        public long failed() {
            return units - passed;
        }
    }
}
