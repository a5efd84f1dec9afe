package org.shequ.core.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shequ.core.io.Location;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Kind;

/**
 * A file's header bound to a kind of the dictionary: which column holds which field, and which
 * columns are unknown, duplicate or without a header. Built once per file.
 */
public final class Binding {
    private final Kind kind;
    private final Location header;
    private final List<Column> columns;
    private final Field[] fieldAt;

    private Binding(Kind kind, Location header, List<Column> columns) {
        this.kind = kind;
        this.header = header;
        this.columns = List.copyOf(columns);
        this.fieldAt = new Field[columns.size()];
        for (Column c : columns) {
            if (c.status() == Column.Status.FIELD) {
                fieldAt[c.index()] = c.field();
            }
        }
    }

    public static Binding bind(Kind kind, Location header, String[] cells) {
        List<Column> columns = new ArrayList<>();
        Set<Field> bound = new HashSet<>();
        for (int i = 0; i < cells.length; i++) {
            columns.add(column(kind, i, cells[i], bound));
        }
        return new Binding(kind, header, columns);
    }

    /** A column appended after the header (a key first seen in a later YAML record). */
    public Binding withColumn(String name) {
        List<Column> more = new ArrayList<>(columns);
        Set<Field> bound = new HashSet<>();
        columns.stream().filter(c -> c.status() == Column.Status.FIELD).forEach(c -> bound.add(c.field()));
        more.add(column(kind, columns.size(), name, bound));
        return new Binding(kind, header, more);
    }

    private static Column column(Kind kind, int index, String name, Set<Field> bound) {
        String h = name == null ? "" : name.strip();
        if (h.isEmpty()) {
            return new Column(index, h, null, Column.Status.EMPTY);
        }
        Optional<Field> f = kind.match(h);
        if (f.isEmpty()) {
            return new Column(index, h, null, Column.Status.UNKNOWN);
        }
        if (!bound.add(f.get())) {
            return new Column(index, h, f.get(), Column.Status.DUPLICATE);
        }
        return new Column(index, h, f.get(), Column.Status.FIELD);
    }

    /** The number of header cells that name a field of {@code kind}. */
    public static int score(Kind kind, List<String> cells) {
        Set<Field> seen = new HashSet<>();
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                kind.match(c).ifPresent(seen::add);
            }
        }
        return seen.size();
    }

    /** The kind whose fields the cells name most (at least two), if any. */
    public static Optional<Kind> guess(Dictionary dictionary, List<String> cells) {
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

    public Field fieldAt(int column) {
        return column < fieldAt.length ? fieldAt[column] : null;
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
        return columns.stream().filter(c -> c.status() != Column.Status.FIELD).toList();
    }
}
