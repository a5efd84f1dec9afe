package org.shequ.core.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.jexl3.JexlContext;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Period;
import org.shequ.core.validate.Record;

/**
 * What an expression sees: the record's fields by key (numbers as exact decimals, so 3 / 2 is
 * 1.5 and a boundary value passes exactly),
 * the rule's parameters, the unit type ({@code unit_type}, {@code urban}) and, once computed,
 * the rule's {@code value}. Reused across records; nothing an expression does can change it.
 */
public final class RecordContext implements JexlContext {
    private final Map<String, Object> params;
    private final Derived derived;
    private final Map<String, Object> extra = new HashMap<>();
    private final Map<String, Field> fields = new HashMap<>();
    private Record record;

    public RecordContext(Map<String, Object> params) {
        this(params, Derived.NONE);
    }

    /** With the derived quantities the expressions may name: each computed from the record's values when first read. */
    public RecordContext(Map<String, Object> params, Derived derived) {
        this.derived = derived;
        this.params = new HashMap<>();
        params.forEach((k, v) -> this.params.put(k, v instanceof Number n ? (Object) decimal(n) : v));
    }

    public RecordContext on(Record r) {
        if (record == null || record.kind() != r.kind()) {
            fields.clear();
            r.kind().fields().forEach(f -> fields.put(f.key(), f));
        }
        this.record = r;
        extra.clear();
        String type = UnitTypes.of(r);
        extra.put("unit_type", type);
        extra.put("urban", UnitTypes.urban(type));
        return this;
    }

    void put(String name, Object value) {
        extra.put(name, value);
    }

    @Override
    public Object get(String name) {
        if (extra.containsKey(name)) {
            return extra.get(name);
        }
        if (params.containsKey(name)) {
            return params.get(name);
        }
        Field f = fields.get(name);
        if (f == null) {
            if (derived.has(name)) {
                // the definition, on this record's values (a division by zero fails the expression that reads it)
                Object v = derived.expression(name).execute(this);
                extra.put(name, v);
                return v;
            }
            return null;
        }
        Object v = record.valid(f);
        if (v instanceof Period p) {
            v = p.value(); // a year as a number (年度 >= 2023), a quarter as its text (年度 == '2023Q1')
        }
        return v instanceof Number n ? decimal(n) : v;
    }

    /** Numbers as decimals, so 300 m² for 1,000 households is exactly 30.0 per 100. */
    public static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal b) {
            return b;
        }
        if (n instanceof Long || n instanceof Integer) {
            return BigDecimal.valueOf(n.longValue());
        }
        double d = n.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) < 1e7) {
            // what BigDecimal.valueOf(d) gives (its text "1200.0"), without the text: households, people and counts
            return BigDecimal.valueOf((long) d * 10, 1);
        }
        return BigDecimal.valueOf(d);
    }

    @Override
    public void set(String name, Object value) {
        throw new UnsupportedOperationException("rule expressions cannot assign");
    }

    @Override
    public boolean has(String name) {
        return extra.containsKey(name) || params.containsKey(name) || fields.containsKey(name) || derived.has(name);
    }
}
