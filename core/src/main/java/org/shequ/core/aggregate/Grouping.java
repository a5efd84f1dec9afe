package org.shequ.core.aggregate;

import org.shequ.core.Words;
import java.util.List;
import java.util.Locale;
import org.shequ.core.Problem;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Record;

/**
 * What units are added up by: a level of the division tree (the code's first 9, 6, 4 or 2
 * digits, named from the registry), any field's value, or a level crossed with a field
 * ({@code township×type}, what {@code aggregate --pivot} asks for: one row for each township and
 * type, keyed {@code 610324001|urban}, named 城关街道 · 城市社区). A unit whose code does not
 * resolve is kept under "unknown", never dropped.
 */
public final class Grouping {
    public static final String UNKNOWN = "unknown";
    /** Between a level and the field it is crossed with: {@code township×type}. */
    public static final String CROSS = "×";
    private static final List<String> LEVELS = List.of("township", "county", "city", "province");
    /** Each village-level unit on its own: not a level a jurisdiction's documents list below it. */
    public static final String COMMUNITY = "community";
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
        int cross = n.indexOf(CROSS);
        if (cross > 0) {
            Grouping level = of(n.substring(0, cross), communities);
            Grouping by = of(n.substring(cross + 1), communities);
            if (!level.division() || by.division()) {
                throw new Problem("aggregate.pivot", name, String.join(", ", LEVELS));
            }
            return new Grouping(n, level.digits, by.field);
        }
        int i = LEVELS.indexOf(n);
        if (i >= 0) {
            return new Grouping(n, DIGITS[i], null);
        }
        if (n.equals(COMMUNITY)) {
            return new Grouping(n, 12, null); // each unit its own row, named from the registry (to rank them)
        }
        Field f = communities.field(n).orElseThrow(() -> new Problem("aggregate.by", name, COMMUNITY + ", " + String.join(", ", LEVELS)));
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

    /** Whether this is a level crossed with a field. */
    public boolean crossed() {
        return field != null && digits > 0;
    }

    int digits() {
        return digits;
    }

    /** The group of a record: a division code, a field's value, or {@link #UNKNOWN}. */
    String key(Record r, boolean registered) {
        if (field != null) {
            String v = r.text(field);
            if (digits > 0) {
                return (registered ? r.unit().substring(0, digits) : UNKNOWN) + "|" + (v == null ? UNKNOWN : v);
            }
            return v == null ? UNKNOWN : v;
        }
        return registered ? r.unit().substring(0, digits) : UNKNOWN;
    }

    /** What a group of units of no known place or value is called. */
    private static final String UNKNOWN_NAME = Words.get("group.unknown");

    /** The display name of a group key. */
    String label(String key, DivisionRegistry registry, boolean zh) {
        if (UNKNOWN.equals(key)) {
            return UNKNOWN_NAME; // a value in the data, the same whatever the language of the messages
        }
        if (crossed()) {
            int bar = key.indexOf('|');
            String place = key.substring(0, bar);
            String value = key.substring(bar + 1);
            return (UNKNOWN.equals(place) ? UNKNOWN_NAME : registry.find(place).map(d -> d.name()).orElse(place)) + " · "
                    + (UNKNOWN.equals(value) ? UNKNOWN_NAME : field.values().stream().filter(v -> v.key().equals(value)).map(v -> v.label()).findFirst().orElse(value));
        }
        if (field != null) {
            return field.values().stream().filter(v -> v.key().equals(key)).map(v -> v.label()).findFirst().orElse(key);
        }
        return registry.find(key).map(d -> d.name()).orElse(key);
    }
}
