package org.shequ.core.validate;

import org.shequ.core.schema.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.shequ.core.io.Location;
import org.shequ.core.io.RawRow;
import org.shequ.core.io.ReadProblem;
import org.shequ.core.io.Shape;
import org.shequ.core.io.SheetChoice;
import org.shequ.core.io.SourceFile;
import org.shequ.core.io.Span;
import org.shequ.core.io.TableHandler;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Kind;
import org.shequ.core.schema.Layout;
import org.shequ.core.schema.ValueParser;
import java.util.Locale;
import org.shequ.core.schema.Units;
import org.shequ.core.Vocabulary;

/**
 * Turns a reader's raw rows into typed {@link Record}s, table by table (a CSV or YAML file, each
 * sheet of a workbook): finds the header among the first rows ({@link HeaderBand}: title rows
 * above it are skipped, a header may span two or three rows), binds it to a kind, tells unit rows
 * from the layout a clerk's sheet carries ({@link RowKinds}: totals, notes, signatures, …), parses
 * each cell of a unit row, and compares total rows with the rows they cover ({@link Subtotals}).
 * Everything skipped is counted per sheet in DATA-LAYOUT notes, never dropped silently.
 */
final class TableBinder implements TableHandler {
    static final String LAYOUT = "DATA-LAYOUT";

    /** Where the binder's results go. */
    interface Sink {
        void bound(Binding binding);

        void record(Record record);

        /** A reading problem, or a structural one found here (ragged row, no header). */
        void problem(Location where, String key, Severity severity, Object... args);

        /** A finding made while reading: a total row that does not add up. */
        void finding(Finding finding);

        /** How a table was read, when it ends. */
        default void layout(TableLayout layout) {
        }
    }

    private final SourceFile file;
    private final Dictionary dictionary;
    private final Layout layout;
    private final Settings settings;
    private final Sink sink;
    private final Map<String, Subtotals> subtotals = new TreeMap<>();
    // the current table
    private final List<RawRow> buffer = new ArrayList<>();
    private final Set<Integer> emptyHeadersWithData = new HashSet<>();
    private final Map<RowKind, List<Integer>> skipped = new EnumMap<>(RowKind.class);
    private final List<Integer> blanks = new ArrayList<>();
    private List<Span> spans = List.of();
    private Shape shape;
    private String sheet;
    private Binding binding;
    private RowKinds rows;
    private Subtotals totals;
    /** Rows of the table that are a division's own (a township or county row of an export). */
    private int divisionRows;
    /** Whether the table is titled as instructions (填报说明) and was not asked for by name: its rows are no units. */
    private boolean instructions;
    /** A title that is itself instructions (…统计表填报说明), not a note that begins with the word (填报说明：本表由…). */
    private static final Pattern INSTRUCTIONS = Pattern.compile(Vocabulary.word("TableBinder.INSTRUCTIONS"));
    private Field periodField;
    private TableLayout.PeriodSource periodFrom = TableLayout.PeriodSource.NONE;
    private String title;
    private long records;
    private boolean anyRow;
    private boolean failed;

    TableBinder(SourceFile file, Dictionary dictionary, Settings settings, Sink sink) {
        this.file = file;
        this.dictionary = dictionary;
        this.layout = dictionary.layout();
        this.settings = settings;
        this.sink = sink;
    }

    @Override
    public void begin(String sheetName, Shape tableShape) {
        this.sheet = sheetName;
        this.shape = tableShape;
        buffer.clear();
        emptyHeadersWithData.clear();
        skipped.clear();
        blanks.clear();
        spans = List.of();
        binding = null;
        rows = null;
        totals = null;
        periodField = null;
        periodFrom = TableLayout.PeriodSource.NONE;
        title = null;
        records = 0;
        divisionRows = 0;
        instructions = false;
        anyRow = false;
        failed = false;
    }

    @Override
    public void spans(List<Span> merged) {
        this.spans = List.copyOf(merged);
    }

    @Override
    public void skipped(String sheetName, SheetChoice.Skip why) {
        sink.problem(new Location(file.name(), sheetName, 0, null),
                LAYOUT + ".sheet." + why.name().toLowerCase(Locale.ROOT).replace('_', '-'), Severity.INFO, sheetName);
    }

    @Override
    public boolean recognises(List<String> cells) {
        List<HeaderCell> header = HeaderCell.row(cells);
        return forcedKind().map(k -> Binding.score(k, header) >= 2)
                .orElseGet(() -> Binding.guess(dictionary, header).isPresent());
    }

    @Override
    public boolean row(RawRow row) {
        if (row.blank()) {
            blanks.add(row.line()); // counted only when data follows, and only below the header
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
    public void warning(ReadProblem p) {
        sink.problem(at(p.line()), p.key(), Severity.WARNING, p.args().toArray());
    }

    @Override
    public void end() {
        if (binding == null && !buffer.isEmpty()) {
            findHeader();
        }
        if (totals != null) {
            totals.endSheet();
            totals.drain().forEach(sink::finding);
        }
        if (!failed) {
            if (!anyRow) {
                sink.problem(at(1), "DATA-PARSE.empty", Severity.ERROR);
            } else if (binding != null && records == 0 && divisionRows > 0 && !instructions) {
                sink.problem(binding.header(), LAYOUT + ".summaryRows", Severity.INFO); // a summary sheet: its rows were compared
            } else if (binding != null && records == 0 && !instructions) {
                sink.problem(binding.header(), "DATA-PARSE.noRecords", Severity.WARNING);
            }
        }
        skipped.forEach((kind, lines) -> sink.problem(at(lines.get(0)), LAYOUT + ".rows." + kind.key(), Severity.INFO,
                lines.size(), Lines.compact(lines)));
        sink.layout(new TableLayout(file.name(), sheet, binding, copy(skipped),
                binding == null ? null : binding.period(), periodFrom, title, records));
    }

    @Override
    public void finish() {
        for (Subtotals s : subtotals.values()) {
            s.endFile();
            s.drain().forEach(sink::finding);
        }
    }

    private static Map<RowKind, List<Integer>> copy(Map<RowKind, List<Integer>> m) {
        Map<RowKind, List<Integer>> out = new EnumMap<>(RowKind.class);
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    private Optional<Kind> forcedKind() {
        return Optional.ofNullable(file.kind()).flatMap(dictionary::kind);
    }

    /** Picks the header among the buffered rows and replays the rows after it. */
    private boolean findHeader() {
        Optional<HeaderBand.Found> found = HeaderBand.find(buffer, spans, layout, shape == Shape.KEYED,
                cells -> forcedKind().or(() -> Binding.guess(dictionary, cells)));
        if (found.isEmpty()) {
            RawRow first = buffer.get(0);
            failed = true;
            sink.problem(at(first.line()), "DATA-HEADER.none", Severity.ERROR,
                    shape == Shape.KEYED ? 1 : buffer.size(), String.join(" | ", first.cells()));
            buffer.clear();
            return false;
        }
        HeaderBand.Found h = found.get();
        List<RawRow> above = buffer.subList(0, h.start());
        List<Integer> lines = buffer.subList(h.start(), h.start() + h.height()).stream().map(RawRow::line).toList();
        Kind kind = h.kind();
        periodField = kind.field("period").orElse(null);
        List<String> titles = above.stream().flatMap(r -> Arrays.stream(r.cells())).filter(c -> c != null && !c.isBlank())
                .map(String::strip).toList();
        title = titles.isEmpty() ? null : String.join(" ", titles);
        boolean hasPeriodColumn = periodField != null
                && Binding.bind(kind, at(lines.get(0)), h.cells(), layout, null, lines).has(periodField);
        Period period = tablePeriod(hasPeriodColumn, titles, above.isEmpty() ? lines.get(0) : above.get(0).line());
        binding = Binding.bind(kind, at(lines.get(0)), h.cells(), layout, period, lines);
        rows = new RowKinds(layout, binding, titles, settings.jurisdiction());
        instructions = file.sheets().isEmpty() && titles.stream().anyMatch(t -> INSTRUCTIONS.matcher(t).matches());
        if (instructions) {
            sink.problem(at(above.get(0).line()), LAYOUT + ".instructions", Severity.INFO, String.join(" ", titles));
        }
        totals = subtotals.computeIfAbsent(kind.name(), k -> new Subtotals(kind));
        sink.bound(binding);
        List<RawRow> rest = new ArrayList<>(buffer.subList(h.start() + h.height(), buffer.size()));
        buffer.clear();
        int headerEnd = lines.get(lines.size() - 1);
        List<Integer> seenBlank = new ArrayList<>(blanks);
        blanks.clear();
        int b = 0;
        for (RawRow row : rest) {
            while (b < seenBlank.size() && seenBlank.get(b) < row.line()) {
                if (seenBlank.get(b) > headerEnd) {
                    blanks.add(seenBlank.get(b));
                }
                b++;
            }
            emit(row);
        }
        for (; b < seenBlank.size(); b++) {
            if (seenBlank.get(b) > headerEnd) {
                blanks.add(seenBlank.get(b));
            }
        }
        return true;
    }

    /**
     * The period of the table's rows that have none of their own: the workspace's (an error when the
     * title names another and there is no period column), else the title's; says where it came from.
     */
    private Period tablePeriod(boolean hasPeriodColumn, List<String> titles, int titleLine) {
        TitlePeriod.Found named = TitlePeriod.in(titles, layout::signature);
        named.notes().forEach(n -> sink.problem(at(titleLine), LAYOUT + n.key(), n.severity(), n.args()));
        Period fromTitle = named.period();
        Period period = settings.period();
        boolean noColumn = periodField != null && !hasPeriodColumn;
        if (period != null) {
            periodFrom = TableLayout.PeriodSource.WORKSPACE;
            if (fromTitle != null && !fromTitle.equals(period) && noColumn) {
                // the sheet says another period than the one it is read for: never relabelled without a word
                sink.problem(at(titleLine), LAYOUT + ".periodConflict", Severity.ERROR, fromTitle, title, period);
            }
        } else if (fromTitle != null) {
            period = fromTitle;
            periodFrom = TableLayout.PeriodSource.TITLE;
            if (noColumn) {
                sink.problem(at(titleLine), LAYOUT + ".periodFromTitle", Severity.INFO, fromTitle, title);
            }
        }
        if (hasPeriodColumn && period == null) {
            periodFrom = TableLayout.PeriodSource.COLUMN;
        }
        return period;
    }

    private void emit(RawRow row) {
        if (instructions) {
            return; // an instructions table: its example rows are no units (reported once, at its header)
        }
        RowKind kind = shape == Shape.KEYED ? RowKind.UNIT : rows.classify(row);
        if (!blanks.isEmpty()) {
            skipped.computeIfAbsent(RowKind.BLANK, k -> new ArrayList<>()).addAll(blanks);
            blanks.clear();
        }
        if (kind != RowKind.UNIT) {
            skipped.computeIfAbsent(kind, k -> new ArrayList<>()).add(row.line());
            if (kind == RowKind.TOTAL) {
                total(row);
            }
            return;
        }
        Record record = type(row);
        records++;
        totals.unit(record);
        sink.record(record);
    }

    /** A total row: its numbers by field, compared with the units it covers. */
    private void total(RawRow row) {
        String[] byField = new String[binding.kind().size()];
        Units.Conversion[] conversions = new Units.Conversion[binding.kind().size()];
        for (int c = 0; c < row.cells().length; c++) {
            Field f = binding.fieldAt(c);
            if (f != null) {
                byField[f.index()] = row.cell(c);
                conversions[f.index()] = binding.conversionAt(c);
            }
        }
        String division = rows.division(row);
        if (division != null) {
            divisionRows++;
            // a division's own row (a statistics-system export): compared with its units when the file ends
            totals.divisionTotal(totals.row(at(row.line()), division, null, byField, conversions), division);
            return;
        }
        totals.total(totals.row(at(row.line()), rows.totalLabel(row), rows.total(row), byField, conversions));
        totals.drain().forEach(sink::finding);
    }

    private Record type(RawRow row) {
        Kind kind = binding.kind();
        if (shape == Shape.DELIMITED && row.cells().length != binding.width()) {
            sink.problem(at(row.line()), "DATA-PARSE.ragged", Severity.ERROR, row.cells().length, binding.width());
        }
        String[] raw = new String[kind.size()];
        Object[] values = new Object[kind.size()];
        int[] lines = row.cellLines() == null ? null : new int[kind.size()];
        List<Record.Extra> extras = null;
        int width = Math.max(row.cells().length, binding.width());
        for (int c = 0; c < width; c++) {
            Field f = binding.fieldAt(c);
            String text = row.cell(c);
            if (f == null) {
                if (text != null && !text.isBlank() && !layoutColumn(c)) {
                    noteHeaderless(c, row);
                    if (extras == null) {
                        extras = new ArrayList<>();
                    }
                    extras.add(new Record.Extra(c, text));
                }
                continue;
            }
            raw[f.index()] = text == null ? "" : text;
            Units.Conversion conversion = binding.conversionAt(c);
            values[f.index()] = conversion == null ? ValueParser.parse(f, text) : ValueParser.parse(f, text, conversion);
            if (lines != null) {
                lines[f.index()] = row.lineOf(c);
            }
        }
        return new Record(kind, at(row.line()), raw, values, lines, extras == null ? List.of() : extras, binding.periodOf(values));
    }

    private boolean layoutColumn(int c) {
        return c < binding.columns().size() && binding.columns().get(c).status() == Column.Status.LAYOUT;
    }

    /** A value under a column without a header is reported once per column, never dropped. */
    private void noteHeaderless(int column, RawRow row) {
        boolean headerless = column >= binding.width()
                ? shape != Shape.DELIMITED
                : binding.columns().get(column).status() == Column.Status.EMPTY;
        if (headerless && emptyHeadersWithData.add(column)) {
            sink.problem(at(row.line()), "DATA-HEADER.emptyWithData", Severity.WARNING, Column.letter(column));
        }
    }

    private Location at(int line) {
        return new Location(file.name(), sheet, line, null);
    }
}
