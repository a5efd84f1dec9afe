package org.shequ.core.aggregate;

import java.math.MathContext;
import org.shequ.core.Rounded;
import org.shequ.core.rules.Indicator;
import org.shequ.core.rules.Indicators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlContext;
import org.shequ.core.rules.RecordContext;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.FieldType;
import org.shequ.core.schema.Kind;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;
import org.shequ.core.rules.Expressions;

/**
 * Which metrics a level has and how they are computed from an {@link Accumulator}: docs/contract.md's
 * keys (each numeric field's sum, each yes/no field's count, units, urban_units, rural_units),
 * percentages as household-weighted means, the indicators recomputed from the level's own sums
 * (never an average of the units' ratios), the access burden of the group's communities (tasks,
 * tasks_not_allowed and its share, certificates_demanded) when the run has a ledger, the staff
 * register's people of its communities ({@link StaffCounts}) when the run has a register, and
 * pass_rate.RULE = units passing / units judged.
 */
public final class Metrics {
    private final List<Field> numeric;
    private final List<Field> booleans;
    private final List<Field> percents;
    private final Field households;
    private final Indicators indicators;
    /** Per indicator (in {@link Indicators#all()} order): the inputs it reads, directly or through other indicators. */
    private final int[][] indicatorInputs;
    /** The names of the sums an indicator may have taken out (see {@link #sum}). */
    private final Map<String, Integer> slots;

    /**
     * A rule's verdict on a unit: passed, failed, or not judged ({@code judged} false: a value it needs
     * is missing or invalid); {@code unit} is the code and name of a unit that failed or was not
     * judged, one array shared by every level's list.
     */
    record Judgement(String rule, boolean judged, boolean passed, String[] unit) {
        Judgement(String rule, boolean judged, boolean passed, String code, String name) {
            this(rule, judged, passed, judged && passed ? null : new String[] {code, name});
        }
    }

    public Metrics(Kind communities, Indicators indicators) {
        this.numeric = communities.fields().stream()
                .filter(f -> f.type() == FieldType.INTEGER || f.type() == FieldType.DECIMAL).toList();
        this.booleans = communities.fields().stream().filter(f -> f.type() == FieldType.BOOLEAN).toList();
        this.percents = communities.fields().stream().filter(f -> f.type() == FieldType.PERCENT).toList();
        this.households = communities.field("households").orElse(null);
        this.indicators = indicators;
        this.indicatorInputs = resolveInputs();
        this.slots = slots();
        this.indicatorSlots = new int[indicators.all().size()][];
        for (int j = 0; j < indicatorSlots.length; j++) {
            indicatorSlots[j] = Expressions.variables(indicators.all().get(j).script()).stream()
                    .map(slots::get).filter(s -> s != null && s >= 0).distinct().sorted().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Per indicator, the sums it reads by their {@link #slots} (not the unit counts): what {@link LeftOut} keeps. */
    private final int[][] indicatorSlots;

    int[][] indicatorSlots() {
        return indicatorSlots;
    }

    /** The inputs of every indicator: the fields it reads, and those of the indicators it reads. */
    private int[][] resolveInputs() {
        List<Indicator> all = indicators.all();
        Map<String, Set<Integer>> byKey = new HashMap<>();
        int[][] out = new int[all.size()][];
        for (int j = 0; j < all.size(); j++) {
            Set<Integer> in = new TreeSet<>();
            for (String name : Expressions.variables(all.get(j).script())) {
                int i = input(name);
                if (i >= 0) {
                    in.add(i);
                } else if (byKey.containsKey(name)) {
                    in.addAll(byKey.get(name));
                }
            }
            byKey.put(all.get(j).key(), in);
            out[j] = in.stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** The index of a field among the inputs (numeric, yes/no, percentage), or -1. */
    private int input(String key) {
        for (int i = 0; i < numeric.size(); i++) {
            if (numeric.get(i).key().equals(key)) {
                return i;
            }
        }
        for (int i = 0; i < booleans.size(); i++) {
            if (booleans.get(i).key().equals(key)) {
                return numeric.size() + i;
            }
        }
        for (int i = 0; i < percents.size(); i++) {
            if (percents.get(i).key().equals(key)) {
                return numeric.size() + booleans.size() + i;
            }
        }
        return -1;
    }

    /** How many inputs a unit has: the numeric, yes/no and percentage fields. */
    int inputs() {
        return numeric.size() + booleans.size() + percents.size();
    }

    int[][] indicatorInputs() {
        return indicatorInputs;
    }

    /**
     * For each incomplete metric, how many of the group's units lack a value it needs, in metric
     * order; {@code absent} units (registered in the jurisdiction, sent nothing) lack every value.
     */
    Map<String, Long> missing(Accumulator a, long absent) {
        Map<String, Long> m = new LinkedHashMap<>();
        int i = 0;
        for (Field f : numeric) {
            put(m, f.key(), a.missing(i++) + absent);
        }
        for (Field f : booleans) {
            put(m, f.key(), a.missing(i++) + absent);
        }
        for (Field f : percents) {
            put(m, f.key(), a.missing(i++) + absent);
        }
        for (Indicator ind : indicators.perUnit()) {
            put(m, ind.key(), a.indicatorMissing(indicators.position(ind)) + absent);
        }
        for (Indicator ind : indicators.perLevel()) {
            put(m, ind.key(), a.indicatorMissing(indicators.position(ind)) + absent);
        }
        return m;
    }

    private static void put(Map<String, Long> m, String key, long n) {
        if (n > 0) {
            m.put(key, n);
        }
    }

    List<Field> numeric() { return numeric; }
    List<Field> booleans() { return booleans; }
    List<Field> percents() { return percents; }
    Field households() { return households; }
    public Indicators indicators() { return indicators; }

    /** The metrics of a group, in a stable order. */
    Map<String, Number> of(Accumulator a) {
        Map<String, Number> m = base(a);
        List<Indicator> perLevel = indicators.perLevel();
        for (Indicator ind : perLevel) {
            int j = indicators.position(ind);
            if (a.lacksAll(j)) {
                continue; // every unit lacks one of its inputs: the indicator has no value here
            }
            LeftOut excluded = a.excluded(j);
            try {
                Object v = ind.script().execute(excluded == null ? decimals(m) : without(m, excluded));
                if (v instanceof Number n) {
                    Number value = Rounded.of(n instanceof BigDecimal d ? round(d, 4) : round(n.doubleValue(), 4), n.doubleValue());
                    m.put(ind.key(), value); // later indicators may use it
                }
            } catch (JexlException e) {
                // a division by zero (no households, no rural units): the indicator has no value here
            }
        }
        if (a.tasks > 0) {
            m.put("tasks", a.tasks);
            m.put("tasks_not_allowed", a.tasksNotAllowed);
            m.put("tasks_not_allowed_share", share(a.tasksNotAllowed, a.tasks));
            m.put("certificates_demanded", a.certificates);
        }
        if (a.staff != null) {
            a.staff.into(m);
        }
        a.judged.forEach((rule, n) -> {
            if (n[0] > 0) { // a rate over the units judged; a rule that judged none has no rate
                m.put("pass_rate." + rule, share(n[1], n[0]));
            }
        });
        return m;
    }

    /**
     * The level's metrics with the sums of the units that lack an indicator's input taken out:
     * what the indicator is computed from (sums and counts; a percentage stays the group's).
     */
    private JexlContext without(Map<String, Number> all, LeftOut excluded) {
        JexlContext whole = decimals(all);
        return new JexlContext() {
            @Override
            public Object get(String name) {
                Object v = whole.get(name);
                Number less = v instanceof BigDecimal ? sum(excluded, name) : null;
                if (less != null) {
                    return ((BigDecimal) v).subtract(RecordContext.decimal(less));
                }
                return v;
            }

            @Override
            public void set(String name, Object value) {
                throw new UnsupportedOperationException("indicators cannot assign");
            }

            @Override
            public boolean has(String name) {
                return whole.has(name);
            }
        };
    }

    /**
     * One of the sums or counts {@link #base} holds, by name, as it would hold it (a percentage, an
     * indicator or an unknown name: null); only what an indicator reads is computed.
     */
    private Number sum(LeftOut a, String name) {
        Integer slot = slots.get(name);
        if (slot == null) {
            return null;
        }
        int i = slot;
        if (i < 0) {
            return i == UNITS ? a.units : i == URBAN ? a.urban : a.rural;
        }
        double v = a.value(i);
        return i < numeric.size() ? round(v, 6) : (Number) (long) v;
    }

    private static final int UNITS = -1;
    private static final int URBAN = -2;
    private static final int RURAL = -3;

    /** Where {@link #sum} finds each name: the unit counts (negative), the numeric sums, the counts of yes, the unit indicators' counts. */
    private Map<String, Integer> slots() {
        Map<String, Integer> m = new HashMap<>();
        m.put("units", UNITS);
        m.put("urban_units", URBAN);
        m.put("rural_units", RURAL);
        int i = 0;
        for (Field f : numeric) {
            m.put(f.key(), i++);
        }
        for (Field f : booleans) {
            m.put(f.key(), i++);
        }
        for (Indicator ind : indicators.perUnit()) {
            m.put(ind.key(), i++);
        }
        return m;
    }

    /** What indicators are computed from: units by type, sums, counts of yes, weighted percentages, unit indicators. */
    private Map<String, Number> base(Accumulator a) {
        int size = 7 + numeric.size() + booleans.size() + percents.size() + indicators.all().size() + a.judged.size();
        Map<String, Number> m = new LinkedHashMap<>(size * 4 / 3 + 1);
        m.put("units", a.units);
        m.put("urban_units", a.urban);
        m.put("rural_units", a.rural);
        for (int i = 0; i < numeric.size(); i++) {
            m.put(numeric.get(i).key(), round(a.sums[i], 6));
        }
        for (int i = 0; i < booleans.size(); i++) {
            m.put(booleans.get(i).key(), a.trues[i]);
        }
        for (int i = 0; i < percents.size(); i++) {
            if (a.weights[i] > 0) {
                BigDecimal weights = BigDecimal.valueOf(a.weights[i]);
                m.put(percents.get(i).key(), Rounded.of(round(a.weighted[i].divide(weights, 4, RoundingMode.HALF_UP), 4),
                        a.weighted[i].divide(weights, MathContext.DECIMAL64).doubleValue()));
            }
        }
        List<Indicator> perUnit = indicators.perUnit();
        for (int i = 0; i < perUnit.size(); i++) {
            m.put(perUnit.get(i).key(), a.counts[i]);
        }
        return m;
    }

    /** The level's metrics as decimals (see Expressions.PRECISION), converted only when an indicator reads one. */
    private static JexlContext decimals(Map<String, Number> m) {
        return new JexlContext() {
            @Override
            public Object get(String name) {
                Number v = m.get(name);
                return v == null ? null : RecordContext.decimal(v);
            }

            @Override
            public void set(String name, Object value) {
                throw new UnsupportedOperationException("indicators cannot assign");
            }

            @Override
            public boolean has(String name) {
                return m.containsKey(name);
            }
        };
    }

    /** {@code part / whole} to four places, rounded half up from the exact quotient, which it keeps ({@link Rounded}). */
    static Number share(long part, long whole) {
        return Rounded.of(round(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP), 4), (double) part / whole);
    }

    /** An exact decimal rounded half up to {@code places}: a whole number as a long, else a double. */
    static Number round(BigDecimal v, int places) {
        BigDecimal r = v.setScale(places, RoundingMode.HALF_UP);
        BigDecimal whole = r.setScale(0, RoundingMode.DOWN);
        if (r.compareTo(whole) == 0 && whole.abs().compareTo(LONG_EXACT) < 0) {
            return whole.longValue();
        }
        return r.doubleValue();
    }

    private static final BigDecimal LONG_EXACT = BigDecimal.valueOf(1_000_000_000_000_000L);

    private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};

    /**
     * {@code v} as its shortest decimal form rounded half up to {@code places}: a whole {@code v} as
     * a long, else a double. Sums carry float noise (12345.600000000002), so this runs for most
     * metrics of every row: the rounding is done in doubles unless {@code v} lies so near a tie that
     * the float error could decide it, and then in decimals (see MetricsRoundTest).
     */
    static Number round(double v, int places) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (long) v;
        }
        double p = POW10[places];
        double scaled = v * p;
        if (Math.abs(scaled) < 0x1p52) {
            double floor = Math.floor(scaled);
            double frac = scaled - floor;
            if (Math.abs(frac - 0.5) > 4 * Math.ulp(scaled)) {
                return (frac > 0.5 ? floor + 1 : floor) / p;
            }
        }
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros().doubleValue();
    }
}
