package org.shequ.core.schema;

import org.shequ.core.Named;
import org.shequ.core.Words;
import java.util.List;
import java.util.Locale;

/**
 * One field of the dictionary: key, Chinese label, English label, aliases, type, unit, range,
 * whether it is required, and the words a document may use for it ({@code terms}). Immutable; {@code index} is its position within its kind.
 */
public record Field(int index, String key, String label, String en, List<String> aliases,
                    FieldType type, String unit, Double min, Double max, boolean required,
                    List<EnumValue> values, List<String> terms, boolean flow) implements Named {

    public Field {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        terms = terms == null ? List.of() : List.copyOf(terms);
        values = values == null ? List.of() : List.copyOf(values);
        en = en == null ? key : en;
    }

    /** The enum key whose key or label is exactly {@code text}, or null (the fast path of parsing). */
    public String enumKey(String text) {
        for (EnumValue v : values) {
            if (v.label().equals(text) || v.key().equals(text)) {
                return v.key();
            }
        }
        return null;
    }

    /** The label a reader of the given language knows the field by. */
    /** As a message names the field: its label in the language. */
    @Override
    public String name(Locale locale) {
        return label(locale);
    }

    public String label(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? label : en;
    }

    /** The Chinese header a fill-in template uses: label with the unit in full-width brackets. */
    public String header() {
        return unit == null || unit.isEmpty() ? label : Words.format("field.header.unit", label, unit);
    }

    public boolean hasRange() {
        return min != null || max != null;
    }
}
