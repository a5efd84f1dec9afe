package org.shequ.core.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.shequ.core.Problem;
import java.util.Collection;

/**
 * A level's rows in the order of one metric ({@code aggregate --sort METRIC [--desc] [--top N]}):
 * ascending unless {@code descending}, rows that lack the metric (no unit reported it) last, equal
 * values by code; with {@code top}, the first N. The group of unregistered codes (and its crossed
 * rows) is not ranked: it follows the ranked rows when all are shown and is left out of a top N. The total stays the total
 * of every unit, not of the rows shown. Ratio metrics are the row's own, computed from its sums.
 */
public record Ranking(String metric, boolean descending, int top) {
    /** "units" ranks by the number of units; any other name is a key of the rows' metrics. */
    public static final String UNITS = "units";

    public Ranking {
        if (top < 0) {
            throw new Problem("aggregate.top", String.valueOf(top));
        }
    }

    /**
     * Refuses a metric no level has (in any period), naming the metrics there are; a level that
     * lacks it (an empty period) is still ranked, its rows in code order.
     */
    public void check(Collection<Level> levels) {
        if (UNITS.equals(metric)) {
            return;
        }
        TreeSet<String> known = new TreeSet<>();
        for (Level l : levels) {
            for (Row r : l.rowsAndTotal()) {
                known.addAll(r.metrics().keySet());
            }
        }
        if (!known.contains(metric)) {
            known.add(UNITS);
            throw new Problem("aggregate.sortUnknown", metric, String.join(", ", known));
        }
    }

    /** The level with its rows ranked (the unregistered ones, crossed or not, after them, or left out of a top N). */
    public Level apply(Level level) {
        Comparator<Row> order = Comparator.comparing((Row r) -> value(r) == null ? 1 : 0)
                .thenComparing((a, b) -> value(a) == null || value(b) == null ? 0 : (descending ? Double.compare(value(b), value(a)) : Double.compare(value(a), value(b))))
                .thenComparing(Row::code);
        List<Row> ranked = new ArrayList<>();
        List<Row> unknown = new ArrayList<>();
        for (Row r : level.rows()) {
            (unregistered(r) ? unknown : ranked).add(r);
        }
        ranked.sort(order);
        if (top > 0) {
            ranked = new ArrayList<>(ranked.subList(0, Math.min(top, ranked.size())));
        } else {
            ranked.addAll(unknown);
        }
        return new Level(level.by(), List.copyOf(ranked), level.total(), level.period());
    }

    /** The group of unregistered codes: {@code unknown}, or {@code unknown|urban} when crossed with a field. */
    private static boolean unregistered(Row r) {
        return Grouping.UNKNOWN.equals(r.code()) || r.code().startsWith(Grouping.UNKNOWN + "|");
    }

    private Double value(Row r) {
        if (UNITS.equals(metric)) {
            return (double) r.units();
        }
        Number n = r.metrics().get(metric);
        return n == null ? null : n.doubleValue();
    }
}
