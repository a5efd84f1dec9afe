package org.shequ.core.aggregate;

import org.shequ.core.rules.Indicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shequ.core.schema.Field;
import org.shequ.core.validate.Record;
import java.util.Arrays;

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
    /**
     * Each percentage times households, summed exactly: a weighted mean can fall exactly on a tie
     * (94.49975 for 3,401,991 / 36,000), which a sum in doubles (94.49974999…) would round the wrong way.
     */
    final BigDecimal[] weighted;
    final double[] weights;
    final long[] counts;
    /**
     * Per input (numeric, yes/no and percentage fields in that order): units without a sound value;
     * null while every unit had them all (a national file's 44,703 groups hold none when it is complete).
     */
    private long[] missing;
    /** Per indicator: units without a sound value for one of its inputs (null as {@link #missing}). */
    private long[] indicatorMissing;
    /**
     * Per indicator, the sums of the units that lack one of its inputs (null until there is one): an
     * indicator is computed over the units that reported every input (Σ − these), never over a sum
     * missing one part (a unit with households but no area would pull the area per 100 households down).
     */
    private LeftOut[] excluded;
    /** Per indicator: the units that lacked one of its inputs (null until one did). */
    private long[] lacking;
    /** Per rule: units judged, units passed, units it applies to but could not judge. */
    final Map<String, long[]> judged;
    /** Tasks of the access ledger put on the group's communities: all, not allowed, certificates. */
    long tasks;
    long tasksNotAllowed;
    long certificates;
    /** The staff register's people of the group's communities; null when it has none. */
    StaffCounts staff;
    /** Per rule, the units that failed it: code and name (an empty map until one did). */
    Map<String, List<String[]>> failing = Map.of();
    /** Per rule, the units it applies to but could not judge: code and name (an empty map until one was). */
    Map<String, List<String[]>> unjudged = Map.of();

    Accumulator(Metrics metrics) {
        this.metrics = metrics;
        this.sums = new double[metrics.numeric().size()];
        this.trues = new long[metrics.booleans().size()];
        this.weighted = new BigDecimal[metrics.percents().size()];
        Arrays.fill(weighted, BigDecimal.ZERO);
        this.weights = new double[metrics.percents().size()];
        this.counts = new long[metrics.indicators().perUnit().size()];
        this.judged = new TreeMap<>();
    }

    /** Units without a sound value for input {@code i} (numeric, yes/no and percentage fields in that order). */
    long missing(int i) {
        return missing == null ? 0 : missing[i];
    }

    /** Units without a sound value for one of indicator {@code j}'s inputs. */
    long indicatorMissing(int j) {
        return indicatorMissing == null ? 0 : indicatorMissing[j];
    }

    void addStaff(StaffCounts person) {
        if (staff == null) {
            staff = new StaffCounts();
        }
        staff.add(person);
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
        /** Per percentage: its value times the unit's households, exactly (null without one). */
        final BigDecimal[] weightedPercent;
        /** Per input: no sound value (empty, invalid, out of range). */
        final boolean[] absent;
        /** Per input: the value contradicts another of its row (DATA-CONSISTENCY): summed as sent, no indicator's input. */
        final boolean[] contradicted;
        /**
         * Per indicator: the unit lacks one of its inputs, or one contradicts its row (worked out once, for every group the
         * unit is added to): 120 m² of facility beside 180 m² of offices is no area per 100 households.
         */
        final boolean[] lacks;
        /** Per indicator: the unit lacks one of its inputs (empty, invalid, out of range), a contradicted one aside. */
        final boolean[] absentFor;
        boolean anyAbsent;
        boolean anyLacks;
        double households;
        boolean urban;
        boolean[] counts;
        List<Metrics.Judgement> outcomes;

        Unit(Metrics m) {
            this.values = new double[m.numeric().size()];
            this.yes = new boolean[m.booleans().size()];
            this.percent = new double[m.percents().size()];
            this.weightedPercent = new BigDecimal[m.percents().size()];
            this.absent = new boolean[m.inputs()];
            this.contradicted = new boolean[m.inputs()];
            this.lacks = new boolean[m.indicatorInputs().length];
            this.absentFor = new boolean[lacks.length];
        }

        /** Reads the record's values: a missing number counts 0; a percentage without households is left out. */
        Unit read(Record r, Metrics m) {
            List<Field> numeric = m.numeric();
            int a = 0;
            boolean anyContradicted = false;
            for (int i = 0; i < values.length; i++) {
                double v = r.soundOrNaN(numeric.get(i));
                contradicted[a] = r.contradicted(numeric.get(i));
                anyContradicted |= contradicted[a];
                absent[a++] = Double.isNaN(v) && !given(r, numeric.get(i));
                values[i] = Double.isNaN(v) ? 0 : v;
            }
            List<Field> booleans = m.booleans();
            for (int i = 0; i < yes.length; i++) {
                Object v = r.value(booleans.get(i));
                absent[a++] = !(v instanceof Boolean) && !given(r, booleans.get(i));
                yes[i] = v == Boolean.TRUE;
            }
            // a weighted mean is a ratio: households that contradict the population weigh nothing, and a percentage
            // written as a fraction (DATA-OUTLIER: 0.948) is not averaged as 0.948 %
            double h = m.households() == null || r.contradicted(m.households()) ? Double.NaN : r.soundOrNaN(m.households());
            List<Field> percents = m.percents();
            for (int i = 0; i < percent.length; i++) {
                percent[i] = Double.isNaN(h) || r.doubted(percents.get(i)) ? Double.NaN : r.soundOrNaN(percents.get(i));
                absent[a++] = Double.isNaN(percent[i]) && !given(r, percents.get(i));
                // a value read from text: its shortest decimal form is the text's value
                weightedPercent[i] = Double.isNaN(percent[i]) ? null : BigDecimal.valueOf(percent[i]).multiply(BigDecimal.valueOf(h));
            }
            households = Double.isNaN(h) ? 0 : h;
            anyAbsent = false;
            for (boolean b : absent) {
                anyAbsent |= b;
            }
            int[][] inputs = m.indicatorInputs();
            anyLacks = false;
            for (int j = 0; j < lacks.length; j++) {
                absentFor[j] = anyAbsent && any(absent, inputs[j]);
                lacks[j] = absentFor[j] || anyContradicted && any(contradicted, inputs[j]);
                anyLacks |= lacks[j];
            }
            return this;
        }

        private static boolean any(boolean[] flags, int[] inputs) {
            for (int in : inputs) {
                if (flags[in]) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The unit's units, sums, counts of yes, percentages and unit indicators: what an indicator is computed from. */
    private void addSums(Unit u) {
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
                weighted[i] = weighted[i].add(u.weightedPercent[i]);
                weights[i] += u.households;
            }
        }
        for (int i = 0; i < counts.length; i++) {
            if (u.counts[i]) {
                counts[i]++;
            }
        }
    }

    /**
     * The sums of the units that lack one of indicator {@code j}'s inputs: none (null) when every unit
     * had them all, this accumulator itself when every unit lacked one (a national file without the
     * column keeps no second copy of each of its 44,703 groups).
     */
    LeftOut excluded(int j) {
        return excluded == null ? null : excluded[j];
    }

    /** Whether every unit of the group lacks one of indicator {@code j}'s inputs: it has no value here. */
    boolean lacksAll(int j) {
        return lacking != null && units > 0 && lacking[j] == units;
    }

    /** A value the clerk marked not applicable (—) where the field is optional: given, as nothing. */
    private static boolean given(Record r, Field f) {
        return !f.required() && r.notApplicable(f);
    }

    void add(Unit u) {
        if (u.anyAbsent) {
            countMissing(u);
        }
        int indicators = u.lacks.length;
        if (lacking != null) {
            // a unit with every input of an indicator that every earlier unit lacked: what they leave out is the group so far
            for (int j = 0; j < indicators; j++) {
                if (lacking[j] > 0 && lacking[j] == units && (excluded == null || excluded[j] == null) && !u.lacks[j]) {
                    if (excluded == null) {
                        excluded = new LeftOut[indicators];
                    }
                    excluded[j] = LeftOut.of(metrics.indicatorSlots()[j], this, sums.length, trues.length);
                }
            }
        }
        addSums(u);
        if (u.anyLacks) {
            leaveOut(u);
        }
        u.outcomes.forEach(this::judge);
    }

    /** Counts the inputs the unit lacks. */
    private void countMissing(Unit u) {
        if (missing == null) {
            missing = new long[u.absent.length];
        }
        for (int i = 0; i < u.absent.length; i++) {
            if (u.absent[i]) {
                missing[i]++;
            }
        }
    }

    /** The unit, added already, lacks some input: the indicators it lacks one of count it missing and leave it out. */
    private void leaveOut(Unit u) {
        List<Indicator> all = metrics.indicators().all();
        int indicators = u.lacks.length;
        for (int j = 0; j < indicators; j++) {
            if (!u.lacks[j]) {
                continue;
            }
            // a rural unit lacking a value leaves the urban coverage whole; a unit counted by a condition on a value that
            // contradicts its row is counted as sent (units with a facility, like the sum of areas), not missing
            if (all.get(j).about(u.urban) && (u.absentFor[j] || !all.get(j).perUnit())) {
                if (indicatorMissing == null) {
                    indicatorMissing = new long[indicators];
                }
                indicatorMissing[j]++;
            }
            if (lacking == null) {
                lacking = new long[indicators];
            }
            // while every unit lacks an input the whole group is left out, and no sums are kept apart (see excluded(j))
            if (lacking[j]++ < units - 1) {
                if (excluded == null) {
                    excluded = new LeftOut[indicators];
                }
                if (excluded[j] == null) {
                    excluded[j] = new LeftOut(metrics.indicatorSlots()[j]);
                }
                excluded[j].add(u, sums.length, trues.length);
            }
        }
    }

    /** A rule's verdict on the unit: judged and passed, judged and failed (listed), or not judged (listed). */
    private void judge(Metrics.Judgement j) {
        long[] n = judged.computeIfAbsent(j.rule(), k -> new long[3]);
        if (!j.judged()) {
            n[2]++;
            if (unjudged.isEmpty()) {
                unjudged = new TreeMap<>();
            }
            unjudged.computeIfAbsent(j.rule(), k -> new ArrayList<>()).add(j.unit());
            return;
        }
        n[0]++;
        if (j.passed()) {
            n[1]++;
            return;
        }
        if (failing.isEmpty()) {
            failing = new TreeMap<>();
        }
        failing.computeIfAbsent(j.rule(), k -> new ArrayList<>()).add(j.unit());
    }
}
