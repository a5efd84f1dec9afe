package org.shequ.core.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shequ.core.Problem;
import org.shequ.core.io.Location;
import org.shequ.core.io.Readers;
import org.shequ.core.io.SourceFile;
import org.shequ.core.io.TableReader;
import org.shequ.core.schema.Dictionary;
import java.util.function.Consumer;

/**
 * How files are read, before anyone trusts a number from them ({@code shequ inspect}): for each
 * file, the tables read (each sheet: its header band, the field of each column, the rows skipped
 * by kind, the period and where it came from, the records), the sheets skipped and why, and what
 * could not be read. It reads exactly as validation does, with no checks.
 */
public final class Inspector {
    private final Dictionary dictionary;
    private final Settings settings;

    /** One file as read: its tables, and the reading notes and problems (skipped sheets, no header, …). */
    public record FileLayout(String file, List<TableLayout> tables, List<Finding> notes) {
    }

    public Inspector(Dictionary dictionary, Settings settings) {
        this.dictionary = dictionary;
        this.settings = settings;
    }

    public List<FileLayout> inspect(List<SourceFile> files) {
        List<FileLayout> out = new ArrayList<>();
        for (SourceFile file : files) {
            out.add(read(file, r -> { }));
        }
        return out;
    }

    /** Reads one file as validation does, handing each record (each unit row, typed) to {@code records}. */
    public FileLayout read(SourceFile file, Consumer<Record> records) {
        Readers readers = new Readers(settings.limits());
        {
            if (!Files.isRegularFile(file.path())) {
                throw new Problem("input.missing", file.name());
            }
            Collect c = new Collect(records);
            try {
                Optional<TableReader> reader = readers.forFile(file.path());
                if (reader.isEmpty()) {
                    c.problem(Location.ofFile(file.name()), "DATA-PARSE.unsupported", Severity.ERROR,
                            file.path().getFileName().toString());
                } else {
                    TableBinder binder = new TableBinder(file, dictionary, settings, c);
                    reader.get().read(file, binder);
                    binder.finish();
                }
            } catch (IOException e) {
                c.problem(Location.ofFile(file.name()), "DATA-PARSE.io", Severity.ERROR, e.getMessage());
            }
            c.notes.sort(Finding.ORDER);
            return new FileLayout(file.name(), List.copyOf(c.tables), List.copyOf(c.notes));
        }
    }

    /** Keeps the layouts and the reading notes; records go to the consumer. */
    private static final class Collect implements TableBinder.Sink {
        final List<TableLayout> tables = new ArrayList<>();
        final List<Finding> notes = new ArrayList<>();
        final Consumer<Record> records;

        Collect(Consumer<Record> records) {
            this.records = records;
        }

        @Override
        public void bound(Binding binding) {
        }

        @Override
        public void record(Record record) {
            records.accept(record);
        }

        @Override
        public void problem(Location where, String key, Severity severity, Object... args) {
            notes.add(ParseCheck.finding(where, key, severity, args));
        }

        @Override
        public void finding(Finding finding) {
            notes.add(finding);
        }

        @Override
        public void layout(TableLayout layout) {
            tables.add(layout);
        }
    }
}
