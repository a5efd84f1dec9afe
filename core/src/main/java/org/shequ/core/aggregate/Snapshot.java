package org.shequ.core.aggregate;

import org.shequ.core.schema.Period;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.FieldType;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.RecordListener;
import java.util.HashMap;

/**
 * Each unit's name and numeric values per period, kept for comparing two periods unit by unit
 * (about 300 bytes a unit: a county or a city, not the national file, is what people compare).
 */
public final class Snapshot implements RecordListener {
    private final Kind kind;
    private final List<Field> fields;
    private final Map<Period, Map<String, Unit>> periods = new HashMap<>();
    private final long limit;
    private long kept;
    private boolean overflowed;

    /**
     * One unit: its name and values by field position (NaN when missing); {@code contradicted}, a bit per position
     * (null when none is): the value contradicts another of its row (DATA-CONSISTENCY), so no change across periods
     * is told from it.
     */
    public record Unit(String code, String name, double[] values, long[] contradicted) {
        /** Whether the value at field position {@code i} contradicts another of its row. */
        public boolean contradicted(int i) {
            return contradicted != null && (contradicted[i / Long.SIZE] & 1L << (i % Long.SIZE)) != 0;
        }
    }

    public Snapshot(Kind communities) {
        this(communities, Long.MAX_VALUE);
    }

    /**
     * A snapshot that gives up past {@code limit} units (then {@link #complete()} is false and no unit
     * is kept): documents compare units within a county or a city; a national run compares levels only.
     */
    public Snapshot(Kind communities, long limit) {
        this.limit = limit;
        this.kind = communities;
        this.fields = communities.fields().stream()
                .filter(f -> f.type() == FieldType.INTEGER || f.type() == FieldType.DECIMAL || f.type() == FieldType.PERCENT).toList();
    }

    @Override
    public void accept(Record r) {
        String code = r.unit();
        if (overflowed || !r.kind().name().equals(kind.name()) || code == null) {
            return;
        }
        if (++kept > limit) {
            overflowed = true;
            periods.clear();
            return;
        }
        Map<String, Unit> units = periods.computeIfAbsent(r.period(), p -> new TreeMap<>());
        if (units.containsKey(code)) {
            return;
        }
        double[] v = new double[fields.size()];
        long[] contradicted = null;
        for (int i = 0; i < v.length; i++) {
            Double d = r.sound(fields.get(i));
            v[i] = d == null ? Double.NaN : d;
            if (r.contradicted(fields.get(i))) {
                if (contradicted == null) {
                    contradicted = new long[(v.length + Long.SIZE - 1) / Long.SIZE];
                }
                contradicted[i / Long.SIZE] |= 1L << (i % Long.SIZE);
            }
        }
        units.put(code, new Unit(code, r.unitName(), v, contradicted));
    }

    public List<Field> fields() {
        return fields;
    }

    /** Whether every unit was kept: false past the limit, when units cannot be compared one by one. */
    public boolean complete() {
        return !overflowed;
    }

    /** The units of one period, by code (empty when the period has none). */
    public Map<String, Unit> units(Period period) {
        return periods.getOrDefault(period, Map.of());
    }
}
