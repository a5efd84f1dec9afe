package org.shequ.core.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shequ.core.io.Location;
import org.shequ.core.io.RawRow;
import org.shequ.core.io.ReadProblem;
import org.shequ.core.io.Shape;
import org.shequ.core.io.SourceFile;
import org.shequ.core.io.TableHandler;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Kind;
import org.shequ.core.schema.ValueParser;

/**
 * Turns a reader's raw rows into typed {@link Record}s: finds the header (the best-matching row
 * among the first rows; title rows above it are skipped), binds it to a kind, parses each cell,
 * and notices rows whose width differs from the header's in CSV.
 */
final class TableBinder implements TableHandler {

    /** Where the binder's results go. */
    interface Sink {
        void bound(Binding binding);

        void record(Record record);

        /** A reading problem, or a structural one found here (ragged row, no header). */
        void problem(Location where, String key, Severity severity, Object... args);
    }

    private final SourceFile file;
    private final Dictionary dictionary;
    private final Settings settings;
    private final Sink sink;
    private final List<RawRow> buffer = new ArrayList<>();
    private final java.util.Set<Integer> emptyHeadersWithData = new java.util.HashSet<>();
    private Shape shape;
    private String sheet;
    private Binding binding;
    private Field periodField;
    private long records;
    private boolean anyRow;
    private boolean failed;

    TableBinder(SourceFile file, Dictionary dictionary, Settings settings, Sink sink) {
        this.file = file;
        this.dictionary = dictionary;
        this.settings = settings;
        this.sink = sink;
    }

    @Override
    public void begin(String sheetName, Shape tableShape) {
        this.sheet = sheetName;
        this.shape = tableShape;
    }

    @Override
    public boolean recognises(List<String> cells) {
        return forcedKind().map(k -> Binding.score(k, cells) >= 2)
                .orElseGet(() -> Binding.guess(dictionary, cells).isPresent());
    }

    @Override
    public boolean row(RawRow row) {
        if (row.blank()) {
            return true;
        }
        anyRow = true;
        if (binding != null) {
            emit(row);
            return true;
        }
        buffer.add(row);
        if (shape == Shape.KEYED || buffer.size() >= settings.limits().headerScanRows()) {
            return findHeader();
        }
        return true;
    }

    @Override
    public void column(String name, int line) {
        if (binding != null) {
            binding = binding.withColumn(name);
            sink.bound(binding);
        }
    }

    @Override
    public void problem(ReadProblem p) {
        failed = true;
        sink.problem(at(p.line()), p.key(), Severity.ERROR, p.args().toArray());
    }

    @Override
    public void end() {
        if (binding == null && !buffer.isEmpty()) {
            findHeader();
        }
        if (failed) {
            return;
        }
        if (!anyRow) {
            sink.problem(at(1), "DATA-PARSE.empty", Severity.ERROR);
        } else if (binding != null && records == 0) {
            sink.problem(binding.header(), "DATA-PARSE.noRecords", Severity.WARNING);
        }
    }

    private Optional<Kind> forcedKind() {
        return Optional.ofNullable(file.kind()).flatMap(dictionary::kind);
    }

    /** Picks the header among the buffered rows and replays the rows after it. */
    private boolean findHeader() {
        int best = -1;
        int bestScore = 1;
        Kind bestKind = null;
        int candidates = shape == Shape.KEYED ? 1 : buffer.size();
        for (int i = 0; i < candidates; i++) {
            List<String> cells = List.of(buffer.get(i).cells());
            Optional<Kind> k = forcedKind().or(() -> Binding.guess(dictionary, cells));
            if (k.isPresent()) {
                int s = Binding.score(k.get(), cells);
                if (s > bestScore) {
                    best = i;
                    bestScore = s;
                    bestKind = k.get();
                }
            }
        }
        if (best < 0) {
            RawRow first = buffer.get(0);
            failed = true;
            sink.problem(at(first.line()), "DATA-HEADER.none", Severity.ERROR,
                    candidates, String.join(" | ", first.cells()));
            buffer.clear();
            return false;
        }
        RawRow header = buffer.get(best);
        if (shape == Shape.SHEET) {
            header = HeaderBand.fill(header, buffer.subList(0, best));
        }
        binding = Binding.bind(bestKind, at(header.line()), header.cells());
        periodField = bestKind.field("period").orElse(null);
        sink.bound(binding);
        List<RawRow> rest = new ArrayList<>(buffer.subList(best + 1, buffer.size()));
        buffer.clear();
        rest.forEach(this::emit);
        return true;
    }

    private void emit(RawRow row) {
        Kind kind = binding.kind();
        if (shape == Shape.DELIMITED && row.cells().length != binding.width()) {
            sink.problem(at(row.line()), "DATA-PARSE.ragged", Severity.ERROR, row.cells().length, binding.width());
        }
        String[] raw = new String[kind.size()];
        Object[] values = new Object[kind.size()];
        int[] lines = row.cellLines() == null ? null : new int[kind.size()];
        List<String> extras = null;
        int width = Math.max(row.cells().length, binding.width());
        for (int c = 0; c < width; c++) {
            Field f = binding.fieldAt(c);
            String text = row.cell(c);
            if (f == null) {
                if (text != null && !text.isBlank()) {
                    noteHeaderless(c, row);
                    if (extras == null) {
                        extras = new ArrayList<>();
                    }
                    extras.add(text);
                }
                continue;
            }
            raw[f.index()] = text == null ? "" : text;
            values[f.index()] = ValueParser.parse(f, text);
            if (lines != null) {
                lines[f.index()] = row.lineOf(c);
            }
        }
        Long period = settings.period();
        if (periodField != null && values[periodField.index()] instanceof Long p) {
            period = p;
        }
        records++;
        sink.record(new Record(kind, at(row.line()), raw, values, lines,
                extras == null ? List.of() : extras, period));
    }

    /** A value under a column without a header is reported once per column, never dropped. */
    private void noteHeaderless(int column, RawRow row) {
        boolean headerless = column >= binding.width()
                ? shape != Shape.DELIMITED
                : binding.columns().get(column).status() == Column.Status.EMPTY;
        if (headerless && emptyHeadersWithData.add(column)) {
            sink.problem(at(row.line()), "DATA-HEADER.emptyWithData", Severity.WARNING,
                    new Column(column, "", null, Column.Status.EMPTY).letter());
        }
    }

    private Location at(int line) {
        return new Location(file.name(), sheet, line, null);
    }
}
