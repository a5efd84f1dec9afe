package org.shequ.core.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shequ.core.schema.Field;
import org.shequ.core.validate.Record;

/**
 * The running sums of one group: units by type, each numeric field's sum, each yes/no field's
 * count of yes, each percentage's household-weighted sum, the unit indicators' counts, and per
 * rule how many units it was judged for and passed, with the names of those that failed.
 */
final class Accumulator {
    final Metrics metrics;
    long units;
    long urban;
    long rural;
    final double[] sums;
    final long[] trues;
    final double[] weighted;
    final double[] weights;
    final long[] counts;
    final Map<String, long[]> judged = new TreeMap<>();
    /** Tasks of the access ledger put on the group's communities: all, not allowed, certificates. */
    long tasks;
    long tasksNotAllowed;
    long certificates;
    final Map<String, List<String>> failing = new TreeMap<>();

    Accumulator(Metrics metrics) {
        this.metrics = metrics;
        this.sums = new double[metrics.numeric().size()];
        this.trues = new long[metrics.booleans().size()];
        this.weighted = new double[metrics.percents().size()];
        this.weights = new double[metrics.percents().size()];
        this.counts = new long[metrics.indicators().perUnit().size()];
    }

    void addTask(boolean allowed, boolean certificate) {
        tasks++;
        if (!allowed) {
            tasksNotAllowed++;
        }
        if (certificate) {
            certificates++;
        }
    }

    /**
     * One unit's contribution, read from its record once and added to every group it belongs to.
     * One instance is refilled for each unit, since groups copy what they add.
     */
    static final class Unit {
        final double[] values;
        final boolean[] yes;
        final double[] percent;
        double households;
        boolean urban;
        boolean[] counts;
        List<Metrics.Judgement> outcomes;

        Unit(Metrics m) {
            this.values = new double[m.numeric().size()];
            this.yes = new boolean[m.booleans().size()];
            this.percent = new double[m.percents().size()];
        }

        /** Reads the record's values: a missing number counts 0; a percentage without households is left out. */
        Unit read(Record r, Metrics m) {
            List<Field> numeric = m.numeric();
            for (int i = 0; i < values.length; i++) {
                double v = r.soundOrNaN(numeric.get(i));
                values[i] = Double.isNaN(v) ? 0 : v;
            }
            List<Field> booleans = m.booleans();
            for (int i = 0; i < yes.length; i++) {
                yes[i] = r.value(booleans.get(i)) == Boolean.TRUE;
            }
            double h = m.households() == null ? Double.NaN : r.soundOrNaN(m.households());
            List<Field> percents = m.percents();
            for (int i = 0; i < percent.length; i++) {
                percent[i] = Double.isNaN(h) ? Double.NaN : r.soundOrNaN(percents.get(i));
            }
            households = Double.isNaN(h) ? 0 : h;
            return this;
        }
    }

    void add(Unit u) {
        units++;
        if (u.urban) {
            urban++;
        } else {
            rural++;
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] += u.values[i];
        }
        for (int i = 0; i < trues.length; i++) {
            if (u.yes[i]) {
                trues[i]++;
            }
        }
        for (int i = 0; i < weighted.length; i++) {
            if (!Double.isNaN(u.percent[i])) {
                weighted[i] += u.percent[i] * u.households;
                weights[i] += u.households;
            }
        }
        boolean[] unitCounts = u.counts;
        List<Metrics.Judgement> outcomes = u.outcomes;
        for (int i = 0; i < counts.length; i++) {
            if (unitCounts[i]) {
                counts[i]++;
            }
        }
        for (Metrics.Judgement j : outcomes) {
            long[] n = judged.computeIfAbsent(j.rule(), k -> new long[2]);
            n[0]++;
            if (j.passed()) {
                n[1]++;
            } else {
                failing.computeIfAbsent(j.rule(), k -> new ArrayList<>()).add(j.name());
            }
        }
    }
}
