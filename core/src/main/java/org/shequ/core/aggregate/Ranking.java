package org.shequ.core.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.shequ.core.Problem;

/**
 * A level's rows in the order of one metric ({@code aggregate --sort METRIC [--desc] [--top N]}):
 * ascending unless {@code descending}, rows that lack the metric (no unit reported it) last, equal
 * values by code; with {@code top}, the first N. The group of unregistered codes is not ranked: it
 * follows the ranked rows when all are shown and is left out of a top N. The total stays the total
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

    /** The level with its rows ranked; a metric no row of any level has is refused with the metrics there are. */
    public Level apply(Level level) {
        if (!UNITS.equals(metric) && level.total().metrics().keySet().stream().noneMatch(metric::equals)
                && level.rows().stream().noneMatch(r -> r.metrics().containsKey(metric))) {
            TreeSet<String> known = new TreeSet<>(level.total().metrics().keySet());
            known.add(UNITS);
            throw new Problem("aggregate.sortUnknown", metric, String.join(", ", known));
        }
        Comparator<Row> order = Comparator.comparing((Row r) -> value(r) == null ? 1 : 0)
                .thenComparing((a, b) -> value(a) == null || value(b) == null ? 0 : (descending ? Double.compare(value(b), value(a)) : Double.compare(value(a), value(b))))
                .thenComparing(Row::code);
        List<Row> ranked = new ArrayList<>(level.registered());
        ranked.sort(order);
        if (top > 0 && ranked.size() > top) {
            ranked = new ArrayList<>(ranked.subList(0, top));
        } else if (level.unknown() != null) {
            ranked.add(level.unknown());
        }
        return new Level(level.by(), List.copyOf(ranked), level.total(), level.period());
    }

    private Double value(Row r) {
        if (UNITS.equals(metric)) {
            return (double) r.units();
        }
        Number n = r.metrics().get(metric);
        return n == null ? null : n.doubleValue();
    }
}
