package org.shequ.core.schema;

import java.util.List;
import java.io.Serializable;

/** One permitted value of an enum field: its key, its Chinese label and aliases. */
public record EnumValue(String key, String label, List<String> aliases) implements Serializable {
    public EnumValue {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
