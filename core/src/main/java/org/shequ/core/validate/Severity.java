package org.shequ.core.validate;

import java.util.Locale;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.shequ.core.Messages;

/** How much a finding matters; ordered from most to least severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    @JsonCreator
    public static Severity of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The word a reader sees: 错误、警告、提示, or the key in English. */
    public String label(boolean zh) {
        return Messages.of(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH).format("severity.label." + key(), List.of());
    }

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
