package org.shequ.core.aggregate;

import org.shequ.core.schema.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shequ.core.division.UnitNames;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.FieldType;
import java.util.HashSet;
import java.util.Set;

/**
 * Two periods compared: units added, removed or renamed (same code, a different name beyond the
 * usual suffix variants), per-unit changes larger than a relative threshold, and for every level
 * row the old and new value of each metric with the difference.
 */
public final class Diff {
    private Diff() {
    }

    /** A unit present in one period only, or renamed. */
    public record UnitChange(String code, String oldName, String newName) {
    }

    /** A value of a unit that changed by more than the threshold. */
    public record ValueChange(String code, String name, Field field, double before, double after) {
        public double relative() {
            return before == 0 ? Double.POSITIVE_INFINITY : (after - before) / Math.abs(before);
        }
    }

    /**
     * A level row in both periods: each metric's old and new value, and for each metric that is
     * incomplete in either period, the units that did not report it (before, after).
     */
    public record RowDelta(String code, String name, Map<String, Number[]> metrics, Map<String, long[]> missing) {
    }

    /** The level deltas by grouping. */
    public record LevelDelta(String by, List<RowDelta> rows) {
    }

    /**
     * A field summed over the units present in both periods with a valid value in both: like with
     * like, when a total of either period lacks units that did not report it. {@code contradicted}: the units
     * present in both left out because a value of either period contradicts its row (DATA-CONSISTENCY).
     */
    public record Paired(long units, long contradicted, double before, double after) {
    }

    /**
     * {@code units}: whether units were compared one by one (false when there were too many to keep);
     * {@code paired}: each field's sums over the units that reported it in both periods, by key (none
     * when units were not compared); {@code from} and {@code to}: the periods compared (null for rows without one).
     */
    public record Result(List<UnitChange> added, List<UnitChange> removed, List<UnitChange> renamed,
                         List<ValueChange> changes, List<LevelDelta> levels, double threshold, boolean units,
                         Map<String, Paired> paired, Period from, Period to) {
    }

    /** The period of {@code oldLevels} in {@code before} against that of {@code newLevels} in {@code after}. */
    public static Result of(Snapshot before, Snapshot after, List<Level> oldLevels, List<Level> newLevels, double threshold) {
        Period from = oldLevels.isEmpty() ? null : oldLevels.get(0).period();
        Period to = newLevels.isEmpty() ? null : newLevels.get(0).period();
        Result r = of(before.units(from), after.units(to), after.fields(), oldLevels, newLevels, threshold,
                before.complete() && after.complete());
        return new Result(r.added(), r.removed(), r.renamed(), r.changes(), r.levels(), r.threshold(), r.units(), r.paired(), from, to);
    }

    private static Result of(Map<String, Snapshot.Unit> beforeUnits, Map<String, Snapshot.Unit> afterUnits, List<Field> fields,
                             List<Level> oldLevels, List<Level> newLevels, double threshold, boolean units) {
        List<UnitChange> added = new ArrayList<>();
        List<UnitChange> removed = new ArrayList<>();
        List<UnitChange> renamed = new ArrayList<>();
        List<ValueChange> changes = new ArrayList<>();
        long[] pairedUnits = new long[fields.size()];
        long[] pairedContradicted = new long[fields.size()];
        double[][] pairedSums = new double[2][fields.size()];
        beforeUnits.forEach((code, u) -> {
            if (!afterUnits.containsKey(code)) {
                removed.add(new UnitChange(code, u.name(), null));
            }
        });
        afterUnits.forEach((code, u) -> {
            Snapshot.Unit old = beforeUnits.get(code);
            if (old == null) {
                added.add(new UnitChange(code, null, u.name()));
                return;
            }
            if (old.name() != null && u.name() != null && !UnitNames.same(old.name(), u.name())) {
                renamed.add(new UnitChange(code, old.name(), u.name()));
            }
            for (int i = 0; i < fields.size(); i++) {
                double b = old.values()[i];
                double a = u.values()[i];
                if (!Double.isNaN(a) && !Double.isNaN(b)) {
                    boolean contradicted = old.contradicted(i) || u.contradicted(i); // a value that contradicts its row: no change to speak of
                    if (fields.get(i).type() == FieldType.PERCENT) {
                        // a sum of percentages is no figure
                    } else if (contradicted) {
                        pairedContradicted[i]++;
                    } else {
                        pairedUnits[i]++;
                        pairedSums[0][i] += b;
                        pairedSums[1][i] += a;
                    }
                    if (!contradicted && a != b && Math.abs(a - b) > threshold * Math.abs(b)) {
                        changes.add(new ValueChange(code, u.name(), fields.get(i), b, a));
                    }
                }
            }
        });
        List<LevelDelta> levels = levels(oldLevels, newLevels);
        Map<String, Paired> paired = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            if (pairedUnits[i] > 0 || pairedContradicted[i] > 0) {
                paired.put(fields.get(i).key(), new Paired(pairedUnits[i], pairedContradicted[i],
                        Metrics.round(pairedSums[0][i], 6).doubleValue(), Metrics.round(pairedSums[1][i], 6).doubleValue()));
            }
        }
        return new Result(added, removed, renamed, changes, levels, threshold, units, paired, null, null);
    }

    /** Each level's rows of both periods, matched by code (the total as "total"); a group of one period only has the other side empty. */
    private static List<LevelDelta> levels(List<Level> oldLevels, List<Level> newLevels) {
        List<LevelDelta> levels = new ArrayList<>();
        for (int l = 0; l < newLevels.size(); l++) {
            Level n = newLevels.get(l);
            Level o = oldLevels.get(l);
            Map<String, Row> oldRows = new LinkedHashMap<>();
            o.rows().forEach(r -> oldRows.put(r.code(), r));
            oldRows.put("total", o.total());
            List<RowDelta> rows = new ArrayList<>();
            List<Row> newRows = new ArrayList<>(n.rows());
            newRows.add(n.total());
            Set<String> seen = new HashSet<>();
            for (Row r : newRows) {
                String key = r == n.total() ? "total" : r.code();
                seen.add(key);
                rows.add(delta(r.code(), r.name(), oldRows.get(key), r));
            }
            oldRows.forEach((key, r) -> {
                if (!seen.contains(key)) {
                    rows.add(delta(r.code(), r.name(), r, null));
                }
            });
            levels.add(new LevelDelta(n.by(), rows));
        }
        return levels;
    }

    private static RowDelta delta(String code, String name, Row before, Row after) {
        Map<String, Number[]> m = new LinkedHashMap<>();
        Map<String, long[]> missing = new LinkedHashMap<>();
        if (before != null) {
            before.metrics().forEach((k, v) -> m.put(k, new Number[] {v, null}));
            before.missing().forEach((k, n) -> missing.computeIfAbsent(k, x -> new long[2])[0] = n);
        }
        if (after != null) {
            after.metrics().forEach((k, v) -> m.computeIfAbsent(k, x -> new Number[2])[1] = v);
            after.missing().forEach((k, n) -> missing.computeIfAbsent(k, x -> new long[2])[1] = n);
        }
        return new RowDelta(code, Objects.requireNonNullElse(name, code), m, missing);
    }
}
