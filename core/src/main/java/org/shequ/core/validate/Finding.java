package org.shequ.core.validate;

import org.shequ.core.Rounded;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.shequ.core.io.Location;
import java.util.Arrays;
import org.shequ.core.io.Visible;
import org.shequ.core.schema.Field;

/**
 * One thing found: which rule, how severe, where, about which unit, and the message as a key
 * with arguments (resolved late, per locale, by {@link Messages}). {@code actual} and
 * {@code expected} carry the compared values when there are any.
 */
public record Finding(String rule, Severity severity, Location location, String unit, String unitName,
                      String messageKey, List<Object> args, Object actual, String expected) {

    /** Findings are sorted by file, line, rule, then field and message for a stable order. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> Objects.toString(f.location().file(), ""))
            .thenComparing(f -> Objects.toString(f.location().sheet(), ""))
            .thenComparingInt(f -> f.location().line())
            .thenComparing(Finding::rule)
            .thenComparing(f -> Objects.toString(f.location().field(), ""))
            .thenComparing(f -> Objects.toString(f.unit(), ""))
            .thenComparing(Finding::messageKey)
            .thenComparing(f -> f.args().toString());

    public Finding {
        args = List.copyOf(args);
    }

    public static Builder of(String rule, Severity severity) {
        return new Builder(rule, severity);
    }

    /** A finding about one field of a record: located at the value, naming the record's unit. */
    public static Builder about(String rule, Severity severity, Record record, Field field) {
        return new Builder(rule, severity).at(record.locationOf(field)).unit(record.unitAsWritten(), record.unitName());
    }

    /** Builds a finding step by step, so checks name only what they know. */
    public static final class Builder {
        private final String rule;
        private final Severity severity;
        private Location location = Location.ofFile(null);
        private String unit;
        private String unitName;
        private String key;
        private List<Object> args = List.of();
        private Object actual;
        private String expected;

        private Builder(String rule, Severity severity) {
            this.rule = rule;
            this.severity = severity;
        }

        public Builder at(Location where) {
            this.location = where;
            return this;
        }

        public Builder unit(String code, String name) {
            this.unit = code;
            this.unitName = name;
            return this;
        }

        public Builder message(String messageKey, Object... arguments) {
            this.key = messageKey;
            this.args = Arrays.asList(arguments);
            return this;
        }

        public Builder compared(Object actualValue, String expectedValue) {
            this.actual = actualValue;
            this.expected = expectedValue;
            return this;
        }

        public Finding build() {
            return new Finding(rule, severity, location, Visible.text(unit), Visible.text(unitName),
                    key == null ? rule : key,
                    // a ratio of the aggregates as it prints (four places), not its exact value
                    args.stream().map(a -> a == null ? "" : a instanceof String t ? Visible.text(t) : a instanceof Rounded r ? (Object) r.doubleValue() : a).toList(),
                    actual instanceof String t ? Visible.text(t) : actual, expected);
        }
    }
}
