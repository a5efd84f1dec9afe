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
    final Map<String, List<String>> failing = new TreeMap<>();

    Accumulator(Metrics metrics) {
        this.metrics = metrics;
        this.sums = new double[metrics.numeric().size()];
        this.trues = new long[metrics.booleans().size()];
        this.weighted = new double[metrics.percents().size()];
        this.weights = new double[metrics.percents().size()];
        this.counts = new long[metrics.indicators().perUnit().size()];
    }

    void add(Record r, boolean isUrban, boolean[] unitCounts, List<Metrics.Judgement> outcomes) {
        units++;
        if (isUrban) {
            urban++;
        } else {
            rural++;
        }
        List<Field> numeric = metrics.numeric();
        for (int i = 0; i < sums.length; i++) {
            Double v = r.sound(numeric.get(i));
            if (v != null) {
                sums[i] += v;
            }
        }
        List<Field> booleans = metrics.booleans();
        for (int i = 0; i < trues.length; i++) {
            if (Boolean.TRUE.equals(r.bool(booleans.get(i)))) {
                trues[i]++;
            }
        }
        Double households = metrics.households() == null ? null : r.sound(metrics.households());
        List<Field> percents = metrics.percents();
        for (int i = 0; i < weighted.length; i++) {
            Double v = r.sound(percents.get(i));
            if (v != null && households != null) {
                weighted[i] += v * households;
                weights[i] += households;
            }
        }
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
