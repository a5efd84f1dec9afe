package org.shequ.core.validate;

import org.shequ.core.schema.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shequ.core.io.Location;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Kind;
import org.shequ.core.schema.Layout;
import org.shequ.core.schema.Units;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shequ.core.Vocabulary;

/**
 * A table's header bound to a kind of the dictionary: which column holds which field, and which
 * columns are bookkeeping (序号), unknown, duplicate or without a header. Built once per table.
 * {@code period} is the period of rows that have none of their own (the workspace's, else the
 * one a title row names); {@code lines} are the header band's lines.
 */
public final class Binding {
    private final Kind kind;
    private final Location header;
    private final List<Column> columns;
    private final Field[] fieldAt;
    /** Per column, how its values become its field's unit (null for most: already in it). */
    private final Units.Conversion[] conversions;
    private final Period period;
    private final List<Integer> lines;

    private Binding(Kind kind, Location header, List<Column> columns, Period period, List<Integer> lines) {
        this.kind = kind;
        this.header = header;
        this.columns = List.copyOf(columns);
        this.period = period;
        this.lines = List.copyOf(lines);
        this.fieldAt = new Field[columns.size()];
        this.conversions = new Units.Conversion[columns.size()];
        for (Column c : columns) {
            if (c.status() == Column.Status.FIELD) {
                fieldAt[c.index()] = c.field();
                conversions[c.index()] = c.conversion();
            }
        }
    }

    public static Binding bind(Kind kind, Location header, String[] cells) {
        return bind(kind, header, HeaderCell.row(List.of(cells)), null, null, List.of(header.line()));
    }

    public static Binding bind(Kind kind, Location header, List<HeaderCell> cells, Layout layout, Period period,
                               List<Integer> lines) {
        List<Column> columns = new ArrayList<>();
        Set<String> bound = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            columns.add(column(kind, layout, i, cells.get(i), bound));
        }
        return new Binding(kind, header, columns, period, lines);
    }

    /** A column appended after the header (a key first seen in a later YAML record). */
    public Binding withColumn(String name) {
        List<Column> more = new ArrayList<>(columns);
        Set<String> bound = new HashSet<>();
        columns.stream().filter(c -> c.status() == Column.Status.FIELD).forEach(c -> bound.add(c.field().key()));
        more.add(column(kind, null, columns.size(), HeaderCell.of(name), bound));
        return new Binding(kind, header, more, period, lines);
    }

    /** {@code bound}: the keys of the fields bound so far (a kind's fields have distinct keys). */
    private static Column column(Kind kind, Layout layout, int index, HeaderCell cell, Set<String> bound) {
        if (cell.blank()) {
            return Column.empty(index);
        }
        for (String name : cell.names()) {
            Optional<Field> f = kind.match(name);
            if (f.isPresent()) {
                String unit = unit(cell);
                Units.Conversion conversion = null;
                if (unit != null && f.get().unit() != null && !f.get().unit().isEmpty()) {
                    conversion = Units.bundled().conversion(unit, f.get().unit());
                    if (conversion == null) {
                        // a unit of another kind (户 under an area): no factor is guessed, the column is not read into the field
                        return new Column(index, cell.shown(), f.get(), Column.Status.WRONG_UNIT, name, unit, null);
                    }
                    if (conversion.identity()) {
                        conversion = null;
                    }
                }
                Column.Status s = bound.add(f.get().key()) ? Column.Status.FIELD : Column.Status.DUPLICATE;
                return new Column(index, cell.shown(), f.get(), s, name, unit, conversion);
            }
        }
        if (layout != null && cell.names().stream().anyMatch(layout::column)) {
            return new Column(index, cell.shown(), null, Column.Status.LAYOUT, null);
        }
        return new Column(index, cell.shown(), null, Column.Status.UNKNOWN, null);
    }

    /**
     * The unit a header cell names: in brackets at the end of a part (工作经费（元）), or a part that is
     * a unit alone (元, （元） on its own line of a header band); the child's before the parent's.
     */
    static String unit(HeaderCell cell) {
        String[] parts = cell.shown().split("/");
        Units units = Units.bundled();
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i].strip();
            String bracket = bracketed(part);
            if (bracket != null && units.of(bracket) != null) {
                return bracket;
            }
            // a line of the band that is only a unit (元, （元）) under its field's name
            String bare = UNIT_BRACKETS.matcher(part).replaceAll("");
            if (i > 0 && !bare.isEmpty() && units.of(bare) != null) {
                return bare;
            }
        }
        return null;
    }

    /** the brackets clerks write around a unit on its own line: （元）, 【元】 */
    private static final Pattern UNIT_BRACKETS = Pattern.compile(Vocabulary.word("Binding.UNIT_BRACKETS"));

    /** a unit in brackets at the end of a header as clerks write it: 工作经费（元） */
    private static final Pattern BRACKET = Pattern.compile(Vocabulary.word("Binding.BRACKET"));

    /** The text in brackets at the end of a header part, or null. */
    private static String bracketed(String part) {
        Matcher m = BRACKET.matcher(part);
        return m.matches() ? m.group(1).strip() : null;
    }

    /** The number of distinct fields of {@code kind} the header cells name. */
    public static int score(Kind kind, List<HeaderCell> cells) {
        Set<String> seen = new HashSet<>();
        for (HeaderCell c : cells) {
            for (String name : c.names()) {
                Optional<Field> f = kind.match(name);
                if (f.isPresent()) {
                    seen.add(f.get().key());
                    break;
                }
            }
        }
        return seen.size();
    }

    /** The kind whose fields the cells name most (at least two), if any. */
    public static Optional<Kind> guess(Dictionary dictionary, List<HeaderCell> cells) {
        Kind best = null;
        int bestScore = 1;
        for (Kind k : dictionary.kinds()) {
            if (!k.guessable()) {
                continue;
            }
            int s = score(k, cells);
            if (s > bestScore) {
                best = k;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    public Kind kind() { return kind; }
    public Location header() { return header; }
    public List<Column> columns() { return columns; }
    public int width() { return fieldAt.length; }

    /** The period of rows without one of their own: the workspace's, else the title's; null if neither. */
    public Period period() { return period; }

    /**
     * The period of a row with these values: its own (a 年度 column), a target's the year it is due in
     * (a 2024 target whatever year the file is read for), else the table's; a target without a date is
     * of the table's year, never of a quarter.
     */
    Period periodOf(Object[] values) {
        Field own = kind.field("period").orElse(null);
        Field due = kind.periodFromOrNull();
        if (own != null && values[own.index()] instanceof Period p) {
            return p;
        }
        if (due != null && values[due.index()] instanceof LocalDate d) {
            return Period.year(d.getYear());
        }
        return due != null && period != null ? period.yearOf() : period;
    }

    /** The lines of the header band (one to three). */
    public List<Integer> lines() { return lines; }

    public Field fieldAt(int column) {
        return column < fieldAt.length ? fieldAt[column] : null;
    }

    /** Whether a column holds data: a field, or an unknown, duplicate or wrong-unit column whose values are kept. */
    public boolean data(int column) {
        if (column >= columns.size()) {
            return false;
        }
        Column.Status s = columns.get(column).status();
        return s == Column.Status.FIELD || s == Column.Status.UNKNOWN || s == Column.Status.DUPLICATE
                || s == Column.Status.WRONG_UNIT;
    }

    /** How the column's values become its field's unit, or null when they are in it already. */
    public Units.Conversion conversionAt(int column) {
        return column < conversions.length ? conversions[column] : null;
    }

    public boolean has(Field f) {
        for (Field b : fieldAt) {
            if (b == f) {
                return true;
            }
        }
        return false;
    }

    /** Columns whose values are not read into a field: unknown, duplicate, without a header. */
    public List<Column> extras() {
        return columns.stream().filter(c -> c.status() != Column.Status.FIELD && c.status() != Column.Status.LAYOUT).toList();
    }
}
