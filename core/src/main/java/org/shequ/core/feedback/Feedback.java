package org.shequ.core.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.shequ.core.Messages;
import org.shequ.core.Words;
import org.shequ.core.io.CsvReader;
import org.shequ.core.io.Readers;
import org.shequ.core.io.RowLane;
import org.shequ.core.io.SourceFile;
import org.shequ.core.io.TableReader;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Inspector;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.TableLayout;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.shequ.core.io.Location;
import org.shequ.core.io.ReadLimits;
import org.shequ.core.validate.Severity;

/**
 * Sends every finding back to the file it came from ({@code shequ feedback}, and {@code run}'s
 * {@code out/feedback/}): a submitted workbook as a marked copy of itself ({@link MarkedWorkbook});
 * a CSV or YAML file, any file split by township, and a workbook too large to copy in memory, as a
 * marked workbook of its rows ({@link MarkedTable}); a file of more than {@link #WHOLE_ROWS} records
 * as one workbook per province of only the rows that have findings. A file (or a part) without
 * findings gets no workbook.
 */
public final class Feedback {
    /** The folder {@code run} writes feedback into, the same name in every language. */
    public static final String FOLDER = "feedback";
    /** The folder in {@link #FOLDER} with one workbook per township, for a county's run: 按镇 in every language. */
    public static final String BY_TOWNSHIP = Words.get("feedback.folder.byTownship");
    /**
     * The most cells of a workbook sent back as a marked copy of itself (held in memory to be copied,
     * as a county's workbook is: about 1 KB of heap a cell, so some 5,000 rows of 48 columns at the
     * launcher's heap); a larger one comes back as a marked workbook of its rows, written as it is read,
     * without the clerk's formatting.
     */
    static final long COPY_CELLS = 250_000;
    /**
     * The most records of a file sent back whole. A larger file (a province's or the country's) comes
     * back as one workbook per province holding only the rows that have findings, each with its line
     * in the file (原行号): a copy of 600,000 rows is more than its sender can open or needs.
     */
    static final long WHOLE_ROWS = 100_000;

    /**
     * What was written: the workbooks, how many findings they carry, and the workbooks that could
     * not be opened to be marked (damaged: their findings are in the findings list only).
     */
    public record Result(List<Path> files, long findings, List<String> unmarked, List<Path> byTownship) {
        public Result(List<Path> files, long findings, List<String> unmarked) {
            this(files, findings, unmarked, List.of());
        }

        /** With the workbooks split by township beside the whole ones (their findings are the same findings again). */
        public Result split(Result byTownship) {
            return new Result(files, findings, unmarked, byTownship.files());
        }

        /** The files that have no marked copy, as findings: each is named, and its findings are in the findings list. */
        public List<Finding> problems() {
            return unmarked.stream().map(name -> Finding.of("DATA-PARSE", Severity.WARNING)
                    .at(Location.ofFile(name)).message("feedback.unmarked").build()).toList();
        }

        /** With one more file written beside the marked workbooks (the list of units that sent nothing), or as it is for null. */
        public Result with(Path more) {
            if (more == null) {
                return this;
            }
            List<Path> all = new ArrayList<>(files);
            all.add(more);
            return new Result(List.copyOf(all), findings, unmarked, byTownship);
        }
    }

    private Feedback() {
    }

    /** Whether {@link #write} will have a workbook to write: some finding is about one of the files. */
    public static boolean any(List<SourceFile> files, Report report) {
        Set<String> names = new HashSet<>();
        files.forEach(f -> names.add(f.name()));
        for (Finding f : report.findings()) {
            if (forClerk(f) && f.location().file() != null && names.contains(f.location().file())) {
                return true;
            }
        }
        return false;
    }

    public static Result write(List<SourceFile> files, Report report, Inspector inspector, Messages messages, Path dir,
                               boolean split) {
        return write(files, report, inspector, messages, dir, split, null);
    }

    /**
     * As {@link #write(List, Report, Inspector, Messages, Path, boolean)}; {@code note}, when not null,
     * stands beside the findings list's header of every workbook (what a filter left out).
     */
    public static Result write(List<SourceFile> files, Report report, Inspector inspector, Messages messages, Path dir,
                               boolean split, String note) {
        Map<String, SourceFile> byName = new LinkedHashMap<>();
        files.forEach(f -> byName.putIfAbsent(f.name(), f));
        Out out = new Out(messages, dir, note, new HashSet<>(), new ArrayList<>(), new ArrayList<>());
        long findings = 0;
        Peeking all = new Peeking(forClerks(report.findings().iterator()));
        while (all.hasNext()) {
            String name = all.peek().location().file();
            SourceFile file = name == null ? null : byName.get(name);
            Iterator<Finding> mine = all.whileFile(name);
            if (file == null) {
                mine.forEachRemaining(f -> { }); // a document's or a level's finding: no file to mark
                continue;
            }
            try {
                // the headers as validation bound them; a file it did not read is read for them here
                List<TableLayout> known = report.layoutsOf(file.name());
                List<TableLayout> tables = known.isEmpty() ? inspector.read(file, r -> { }).tables() : known;
                Places places = new Places(tables);
                String base = base(file);
                long records = tables.stream().mapToLong(TableLayout::records).sum();
                long width = tables.stream().mapToLong(t -> t.binding() == null ? 0 : t.binding().width()).max().orElse(0);
                boolean large = records > WHOLE_ROWS;
                if (workbook(file) && !split && !large && records * Math.max(1, width) <= COPY_CELLS) {
                    findings += copy(file, mine, places, base, out);
                    continue;
                }
                findings += rows(file, mine, tables, places, base, split ? Split.TOWNSHIP : large ? Split.PROVINCE : Split.NONE, large, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                // a damaged part validation read past but a copy cannot hold: that file has no copy, the others do
                mine.forEachRemaining(f -> { });
                out.unmarked().add(file.name());
            }
        }
        return new Result(List.copyOf(out.written()), findings, List.copyOf(out.unmarked()));
    }

    /** Where the workbooks go and what they say beside the findings; the file names used, the workbooks written, the files left unmarked. */
    private record Out(Messages messages, Path dir, String note, Set<String> used, List<Path> written, List<String> unmarked) {
    }

    /** A county's workbook copied whole, its cells marked; returns the findings marked (none when it cannot be copied). */
    private static long copy(SourceFile file, Iterator<Finding> mine, Places places, String base, Out out) throws IOException {
        List<Finding> list = new ArrayList<>();
        mine.forEachRemaining(list::add);
        out.used().add(base);
        if (list.stream().anyMatch(Feedback::unreadable)) {
            // validation could not read the workbook (damaged, a bomb, a 60 MB cell): no copy is attempted
            out.unmarked().add(file.name());
            return 0;
        }
        Path copy = out.dir().resolve(Words.format("feedback.file", base, extension(file)));
        if (MarkedWorkbook.write(file.path(), copy, list, places, out.messages(), out.note())) {
            out.written().add(copy);
            return list.size();
        }
        out.unmarked().add(file.name());
        return 0;
    }

    /**
     * A file's rows written anew with their findings beside them, as they are read (a CSV, a large or
     * a split workbook); returns the findings marked.
     */
    private static long rows(SourceFile file, Iterator<Finding> mine, List<TableLayout> tables, Places places, String base,
                             Split parts, boolean large, Out out) throws IOException {
        // a workbook of several sheets has its findings sorted by sheet name, not read in that order: held by
        // sheet (a county's); one sheet, like a CSV, is walked as it is read (a national workbook's 300,000)
        Cursor cursor = workbook(file) && tables.size() > 1 ? Cursor.bySheet(() -> mine) : Cursor.streaming(mine);
        // about a cell for every four bytes of a CSV or YAML file; a workbook's size says little of its cells
        long cells = workbook(file) ? Long.MAX_VALUE : Files.size(file.path()) / 4;
        MarkedTable table = new MarkedTable(cursor, places, out.messages(), out.dir(), base, parts, large, out.used(), cells, out.note(),
                workbook(file) && tables.size() > 1 && parts == Split.NONE);
        Optional<TableReader> reader = new Readers(ReadLimits.DEFAULT).forFile(file.path());
        if (reader.isPresent()) {
            // the sheets validation read, no other
            List<String> sheets = tables.stream().filter(t -> t.sheet() != null).map(t -> t.sheet()).toList();
            SourceFile sheetsRead = new SourceFile(file.path(), file.name(), sheets, file.encoding(), file.kind());
            if (reader.get() instanceof CsvReader) {
                // read on a thread of its own: a national CSV is parsed on one core while its rows are written on the other
                RowLane.readAhead(reader.get(), sheetsRead, table);
            } else {
                // a workbook's or YAML reader reports a row the table could not take as a problem of that row, and reads on
                reader.get().read(sheetsRead, table);
            }
        }
        mine.forEachRemaining(f -> { });
        out.written().addAll(table.written());
        return table.findings();
    }

    /** A finding that the whole workbook (or a sheet of it) could not be read: no faithful copy can be made of it. */
    /**
     * Whether a finding goes back to the clerk: everything but the notes on how the file was laid out
     * (rows skipped, sheets not read, the header band), which are the analyst's, stay in the findings
     * and tell the clerk nothing to correct.
     */
    static boolean forClerk(Finding f) {
        return !f.rule().equals("DATA-LAYOUT");
    }

    private static Iterator<Finding> forClerks(Iterator<Finding> all) {
        return new Iterator<>() {
            private Finding next = advance();

            private Finding advance() {
                while (all.hasNext()) {
                    Finding f = all.next();
                    if (forClerk(f)) {
                        return f;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Finding next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Finding f = next;
                next = advance();
                return f;
            }
        };
    }

    private static boolean unreadable(Finding f) {
        return f.rule().equals("DATA-PARSE") && f.severity() == Severity.ERROR && f.location().line() == 0;
    }

    private static boolean workbook(SourceFile f) {
        return List.of("xlsx", "xlsm", "xls", "et").contains(extension(f));
    }

    private static String extension(SourceFile f) {
        String n = f.path().getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = n.contains(".") ? n.substring(n.lastIndexOf('.') + 1) : "";
        return ext.equals("xlsm") || ext.equals("et") ? "xlsx" : ext;
    }

    private static String base(SourceFile f) {
        String n = f.path().getFileName().toString();
        return n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : n;
    }

    /** The sorted findings, handed out file by file. */
    private static final class Peeking {
        private final Iterator<Finding> in;
        private Finding next;

        Peeking(Iterator<Finding> in) {
            this.in = in;
            this.next = in.hasNext() ? in.next() : null;
        }

        boolean hasNext() {
            return next != null;
        }

        Finding peek() {
            return next;
        }

        Iterator<Finding> whileFile(String file) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return next != null && Objects.equals(next.location().file(), file);
                }

                @Override
                public Finding next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Finding f = next;
                    next = in.hasNext() ? in.next() : null;
                    return f;
                }
            };
        }
    }
}
