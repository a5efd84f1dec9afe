package org.shequ.core.output.aggregate;

import java.util.Set;
import org.shequ.core.Words;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.shequ.core.Messages;
import java.util.Locale;
import java.util.Set;
import org.shequ.core.rules.Indicator;
import org.shequ.core.aggregate.Level;
import org.shequ.core.aggregate.Row;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Kind;
import java.util.Collections;
import org.shequ.core.schema.FieldType;
import org.shequ.core.Numbers;

/**
 * The columns of an aggregate table and their headers: code, name, then every metric key in the
 * order the total has them (then any only some rows have), whatever order the rows are in, headed in Chinese with the unit (户数（户）、每百户综合服务设施面积（m²）)
 * or by key in English.
 */
public final class AggregateColumns {
    private final List<String> keys;
    private final List<String> headers;
    private final List<String> units;
    private final List<String> incomplete;
    private final List<String> incompleteHeaders;

    public AggregateColumns(Level level, List<Indicator> indicators, Locale locale) {
        Set<String> all = new LinkedHashSet<>();
        Set<String> partial = new LinkedHashSet<>();
        all.addAll(level.total().metrics().keySet());
        for (Row r : level.rowsAndTotal()) {
            all.addAll(r.metrics().keySet());
            partial.addAll(r.missing().keySet());
        }
        this.keys = List.copyOf(all);
        partial.retainAll(all);
        this.incomplete = keys.stream().filter(partial::contains).toList();
        boolean zh = "zh".equals(locale.getLanguage());
        Kind communities = Dictionary.builtIn().kind("communities").orElseThrow();
        List<String> h = new ArrayList<>();
        List<String> u = new ArrayList<>();
        for (String k : keys) {
            String unit = unit(k, communities, indicators);
            u.add(unit);
            String label = zh ? label(k, communities, indicators) : k;
            h.add(unit == null || unit.isEmpty() || !zh ? label : Words.format("column.withUnit", label, unit));
        }
        this.headers = List.copyOf(h);
        this.units = Collections.unmodifiableList(u);
        this.incompleteHeaders = incomplete.stream()
                .map(k -> messages(zh).format("aggregate.missingColumn", List.of(zh ? label(k, communities, indicators) : k))).toList();
    }

    public List<String> keys() { return keys; }
    public List<String> headers() { return headers; }

    /** The metrics some row lacks values for, in column order: csv and xlsx add a column of counts for each. */
    public List<String> incomplete() { return incomplete; }
    public List<String> incompleteHeaders() { return incompleteHeaders; }

    /**
     * A cell for reading: the value, marked {@code *} when some of the row's units did not report
     * what it needs, or {@code —} when none did (a sum of nothing is not 0).
     */
    public static String marked(Row r, String key) {
        long missing = r.missing(key);
        Number v = r.reported(key);
        if (v == null && missing > 0) {
            return "—";
        }
        String text = text(key, v);
        return missing > 0 && !text.isEmpty() ? text + "*" : text;
    }

    /** The note under a table with marked cells. */
    public static String legend(boolean zh) {
        return messages(zh).format("aggregate.legend", List.of());
    }

    private static Messages messages(boolean zh) {
        return Messages.of(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }

    /** The unit of a metric, or null. */
    public String unit(int i) {
        return units.get(i);
    }

    public static String codeHeader(boolean zh) {
        return messages(zh).format("aggregate.code", List.of());
    }

    public static String nameHeader(boolean zh) {
        return messages(zh).format("aggregate.name", List.of());
    }

    /** The metrics that are no field of the dictionary nor an indicator, with a heading of their own (words.properties, column.KEY). */
    private static final Set<String> NAMED = Set.of("units", "urban_units", "rural_units", "tasks", "tasks_not_allowed", "tasks_not_allowed_share", "certificates_demanded", "staff_people", "staff_certified_share", "staff_young_share", "staff_training_share", "expected_units", "absent_units", "report_rate");

    private static String label(String key, Kind k, List<Indicator> indicators) {
        if (NAMED.contains(key)) {
            return Words.get("column." + key);
        }
        if (key.startsWith("pass_rate.")) {
            return Words.format("column.pass_rate", key.substring(10));
        }
        for (Indicator i : indicators) {
            if (i.key().equals(key)) {
                return i.zh();
            }
        }
        return k.field(key).map(Field::label).orElse(key);
    }

    private static String unit(String key, Kind k, List<Indicator> indicators) {
        if (key.equals("units") || key.endsWith("_units")) {
            return Words.get("unit.units");
        }
        if (share(key)) {
            return "%";
        }
        if (key.equals("staff_people")) {
            return Words.get("unit.people");
        }
        if (key.startsWith("tasks") || key.equals("certificates_demanded")) {
            return Words.get("unit.items");
        }
        for (Indicator i : indicators) {
            if (i.key().equals(key)) {
                return i.unit();
            }
        }
        return k.field(key).map(f -> f.unit() != null ? f.unit() : f.type() == FieldType.BOOLEAN ? Words.get("unit.units") : null).orElse(null);
    }

    /** Whether a metric is a share (a fraction, shown as a percentage): pass rates, shares, the report rate. */
    public static boolean share(String key) {
        return key.startsWith("pass_rate.") || key.endsWith("_share") || key.equals("report_rate");
    }

    /** A cell's value as text: shares as percentages with one decimal, numbers plainly. */
    public static String text(String key, Number v) {
        if (v == null) {
            return "";
        }
        if (share(key)) {
            return String.format(Locale.ROOT, "%.1f", v.doubleValue() * 100);
        }
        return Numbers.plain(v.doubleValue());
    }
}
