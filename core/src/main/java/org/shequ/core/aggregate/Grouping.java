package org.shequ.core.aggregate;

import java.util.List;
import java.util.Locale;
import org.shequ.core.Problem;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Record;

/**
 * What units are added up by: a level of the division tree (the code's first 9, 6, 4 or 2
 * digits, named from the registry) or any field's value. A unit whose code does not resolve is
 * kept under "unknown", never dropped.
 */
public final class Grouping {
    public static final String UNKNOWN = "unknown";
    private static final List<String> LEVELS = List.of("township", "county", "city", "province");
    private static final int[] DIGITS = {9, 6, 4, 2};

    private final String name;
    private final int digits;
    private final Field field;

    private Grouping(String name, int digits, Field field) {
        this.name = name;
        this.digits = digits;
        this.field = field;
    }

    public static Grouping of(String name, Kind communities) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        int i = LEVELS.indexOf(n);
        if (i >= 0) {
            return new Grouping(n, DIGITS[i], null);
        }
        Field f = communities.field(n).orElseThrow(() -> new Problem("aggregate.by", name, String.join(", ", LEVELS)));
        return new Grouping(n, 0, f);
    }

    /**
     * The division level just below a jurisdiction, what a document's table lists: a county's
     * townships, a city's counties, a province's cities, the country's provinces ({@code null} or
     * empty code); a township's own row for a township.
     */
    public static String below(String jurisdiction) {
        int digits = jurisdiction == null ? 0 : jurisdiction.length();
        for (int i = DIGITS.length - 1; i >= 0; i--) {
            if (DIGITS[i] > digits) {
                return LEVELS.get(i);
            }
        }
        return LEVELS.get(0);
    }

    public String name() {
        return name;
    }

    public boolean division() {
        return field == null;
    }

    int digits() {
        return digits;
    }

    /** The group of a record: a division code, a field's value, or {@link #UNKNOWN}. */
    String key(Record r, boolean registered) {
        if (field != null) {
            String v = r.text(field);
            return v == null ? UNKNOWN : v;
        }
        return registered ? r.unit().substring(0, digits) : UNKNOWN;
    }

    /** The display name of a group key. */
    String label(String key, DivisionRegistry registry, boolean zh) {
        if (UNKNOWN.equals(key)) {
            return "未知"; // a value in the data, the same whatever the language of the messages
        }
        if (field != null) {
            return field.values().stream().filter(v -> v.key().equals(key)).map(v -> v.label()).findFirst().orElse(key);
        }
        return registry.find(key).map(d -> d.name()).orElse(key);
    }
}
