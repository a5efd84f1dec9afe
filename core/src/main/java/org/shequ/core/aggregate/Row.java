package org.shequ.core.aggregate;

import java.util.List;
import java.util.Map;

/**
 * One group of one level: its code (or field value), name, number of units, metrics in a stable
 * order, and for each rule the names of the units that failed it ("除城北社区、河东社区外") and how many
 * units it was judged for ("其他M个社区").
 */
public record Row(String code, String name, long units, Map<String, Number> metrics, Map<String, List<String>> failing,
                  Map<String, Judged> judged) {

    /** How many of the group's units a rule was judged for, and how many passed. */
    public record Judged(long units, long passed) {
        public long failed() {
            return units - passed;
        }
    }
}
