package org.shequ.core.validate;

import org.shequ.core.schema.Period;
import java.util.List;
import org.shequ.core.io.Location;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Invalid;
import org.shequ.core.schema.Kind;
import org.shequ.core.schema.ValueParser;

/**
 * One typed row: each field's raw text, parsed value (null when empty, {@link Invalid} when it
 * did not parse) and line. Columns the dictionary does not know are kept in {@code extras}.
 */
public final class Record {
    private final Kind kind;
    private final Location location;
    private final String[] raw;
    private final Object[] values;
    private final int[] lines;
    private final List<Extra> extras;
    private final Period period;
    /** Findings of the local checks, made on the binder thread; reported when the record is checked. */
    private List<Finding> early = List.of();

    /** A value under a column the dictionary does not know, with the column's position: kept, never dropped. */
    public record Extra(int column, String text) {
    }

    Record(Kind kind, Location location, String[] raw, Object[] values, int[] lines, List<Extra> extras, Period period) {
        this.kind = kind;
        this.location = location;
        this.raw = raw;
        this.values = values;
        this.lines = lines;
        this.extras = extras;
        this.period = period;
    }

    /**
     * A record made from others, not read from a file: a year's flows added up from its quarters
     * ({@code values} typed as the fields are; the raw text is the value's).
     */
    public static Record derived(Kind kind, Location location, Object[] values, Period period) {
        String[] raw = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            raw[i] = values[i] == null ? null : String.valueOf(values[i]);
        }
        return new Record(kind, location, raw, values, null, List.of(), period);
    }

    public Kind kind() { return kind; }
    public Location location() { return location; }
    public int line() { return location.line(); }
    public List<Extra> extras() { return extras; }

    List<Finding> early() { return early; }

    void early(List<Finding> findings) { this.early = findings; }

    /** The period of the record: its own field, else the workspace's; null if neither. */
    public Period period() { return period; }

    /** Whether the file has a column for the field at all. */
    public boolean present(Field f) {
        return raw[f.index()] != null;
    }

    public String raw(Field f) {
        return raw[f.index()];
    }

    /** The parsed value, or null when empty; an {@link Invalid} when it did not parse. */
    public Object value(Field f) {
        return values[f.index()];
    }

    /** The parsed value when valid, else null. */
    public Object valid(Field f) {
        Object v = values[f.index()];
        return v instanceof Invalid ? null : v;
    }

    public Double number(Field f) {
        Object v = values[f.index()];
        if (v instanceof Double d) {
            return d; // no new box for a value that is already one
        }
        return v instanceof Number n ? n.doubleValue() : null;
    }

    /** As {@link #number}, unboxed: NaN when the value is missing or invalid. */
    public double numberOrNaN(Field f) {
        return values[f.index()] instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The number when valid and within its field's range, else null (relations skip it). */
    public Double sound(Field f) {
        Double v = number(f);
        if (v == null || (f.min() != null && v < f.min()) || (f.max() != null && v > f.max())) {
            return null;
        }
        return v;
    }

    /**
     * The fields of this record in a part-exceeds-whole contradiction (DATA-CONSISTENCY: office area
     * above the service area): which of the two is wrong the row does not say. Set by that check as
     * the record is typed, before any rule reads it; null while there is none.
     */
    private java.util.BitSet contradicted;

    /** Marks two fields as contradicting each other. */
    public void contradict(Field a, Field b) {
        if (contradicted == null) {
            contradicted = new java.util.BitSet();
        }
        contradicted.set(a.index());
        contradicted.set(b.index());
    }

    /** Whether the field's value contradicts another of the same row (see {@link #contradict}). */
    public boolean contradicted(Field f) {
        return contradicted != null && contradicted.get(f.index());
    }

    /**
     * The fields whose values a check found implausible in a way that changes their meaning (DATA-OUTLIER: a
     * satisfaction of 0.948 is 0.948 %, or 94.8 % written as a fraction): no rule judges on them and no average
     * takes them, as for an invalid value; the finding says what to write. Null while there is none.
     */
    private java.util.BitSet doubted;

    /** Marks a value as one no rule or average may use (see {@link #doubted}). */
    public void doubt(Field f) {
        if (doubted == null) {
            doubted = new java.util.BitSet();
        }
        doubted.set(f.index());
    }

    /** Whether a check marked the field's value as one no rule or average may use. */
    public boolean doubted(Field f) {
        return doubted != null && doubted.get(f.index());
    }

    /** As {@link #sound}, unboxed: NaN when the value is missing, invalid or out of range. */
    public double soundOrNaN(Field f) {
        double v = numberOrNaN(f);
        return Double.isNaN(v) ? v : (f.min() != null && v < f.min()) || (f.max() != null && v > f.max()) ? Double.NaN : v;
    }

    /**
     * Whether the cell says "not applicable" (—, /, 无 …): empty for the checks, but a value the
     * clerk gave, which adds nothing to a sum and does not make it incomplete.
     */
    public boolean notApplicable(Field f) {
        String text = raw[f.index()];
        return values[f.index()] == null && text != null && !text.isEmpty()
                && ValueParser.notApplicable(f, ValueParser.strip(text));
    }

    public Boolean bool(Field f) {
        return valid(f) instanceof Boolean b ? b : null;
    }

    public String text(Field f) {
        Object v = valid(f);
        return v == null ? null : v.toString();
    }

    /** Where a field's value stands: the record's line, or for YAML the value's own line. */
    public Location locationOf(Field f) {
        int l = lines == null || lines[f.index()] <= 0 ? location.line() : lines[f.index()];
        return new Location(location.file(), location.sheet(), l, f.key());
    }

    /** The code of the unit the record is about, when valid. */
    public String unit() {
        Field f = kind.unitFieldOrNull();
        return f == null ? null : text(f);
    }

    /**
     * The unit a finding names: its code when valid, else the code as written (61032410120), so a
     * clerk is told which row by more than a line number; null when the cell is empty.
     */
    public String unitAsWritten() {
        String code = unit();
        if (code != null) {
            return code;
        }
        Field f = kind.unitFieldOrNull();
        String raw = f == null ? null : raw(f);
        return raw == null || raw.isBlank() ? null : ValueParser.strip(raw);
    }

    public String unitName() {
        Field f = kind.nameFieldOrNull();
        return f == null ? null : text(f);
    }
}
