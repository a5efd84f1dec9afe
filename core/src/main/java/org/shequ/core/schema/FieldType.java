package org.shequ.core.schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** The value types of the field dictionary (DATA.md); {@code period} is a year or a half, quarter or month of one ({@link Period}). */
public enum FieldType {
    CODE, TEXT, ENUM, INTEGER, DECIMAL, PERCENT, BOOLEAN, LIST, YEAR, PERIOD, DATE;

    @JsonCreator
    public static FieldType of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean numeric() {
        return this == INTEGER || this == DECIMAL || this == PERCENT || this == YEAR;
    }
}
