package org.shequ.core.validate;

import org.shequ.core.schema.Field;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.shequ.core.Problem;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.io.Location;
import org.shequ.core.io.Readers;
import org.shequ.core.io.SourceFile;
import org.shequ.core.io.TableReader;
import org.shequ.core.schema.Dictionary;

/**
 * The validation engine: reads each file once, streaming, binds it to the dictionary (on a
 * worker thread), runs every check on every record and hands each record to the listeners
 * (aggregation). Problems in one file never stop the others.
 */
public final class Validator {
    private final Dictionary dictionary;
    private final DivisionRegistry registry;
    private final Settings settings;
    private final Supplier<List<Check>> checks;

    public Validator(Dictionary dictionary, DivisionRegistry registry, Settings settings, Supplier<List<Check>> checks) {
        this.dictionary = dictionary;
        this.registry = registry;
        this.settings = settings;
        this.checks = checks;
    }

    /** Progress of a run, for a terminal: called with the file and records read so far. */
    public interface Progress {
        Progress NONE = (file, records) -> { };

        void update(String file, long records);

        /** The reading has ended: whatever was shown of it is cleared. */
        default void done() {
        }
    }

    public Report validate(List<SourceFile> files, List<RecordListener> listeners, Progress progress) {
        List<Check> run = checks.get();
        List<Check> local = run.stream().filter(Check::local).toList();
        Run state = new Run(run, listeners, progress);
        Readers readers = new Readers(settings.limits());
        for (SourceFile file : files) {
            if (!Files.isRegularFile(file.path())) {
                throw new Problem("input.missing", file.name());
            }
            state.file = file.name();
            try {
                Optional<TableReader> reader = readers.forFile(file.path());
                if (reader.isEmpty()) {
                    state.problem(Location.ofFile(file.name()), "DATA-PARSE.unsupported", Severity.ERROR,
                            file.path().getFileName().toString());
                } else {
                    Handoff.read(reader.get(), file, sink -> new TableBinder(file, dictionary, settings,
                            new LocalChecks(local, sink, registry, settings, file.name())), state);
                }
            } catch (IOException e) {
                state.problem(Location.ofFile(file.name()), "DATA-PARSE.io", Severity.ERROR, e.getMessage());
            }
            run.forEach(c -> c.endFile(state));
        }
        state.file = null;
        run.forEach(c -> c.endRun(state));
        listeners.forEach(RecordListener::end);
        Summary summary = new Summary(files.size(), state.records,
                state.findings.count(Severity.ERROR), state.findings.count(Severity.WARNING),
                state.findings.count(Severity.INFO), state.suppressed);
        return new Report(summary, state.findings.sorted(), state.layouts);
    }

    /** The state of one run, which is also the context checks report to. */
    private final class Run implements CheckContext, TableBinder.Sink {
        private final List<Check> all;
        private final List<Check> checks;
        private final List<RecordListener> listeners;
        private final Progress progress;
        private final FindingStore findings = new FindingStore();
        private final List<TableLayout> layouts = new ArrayList<>();
        private String file;
        private long records;
        private long suppressed;

        Run(List<Check> all, List<RecordListener> listeners, Progress progress) {
            this.all = all;
            this.checks = all.stream().filter(c -> !c.local()).toList(); // the local ones ran on the binder thread
            this.listeners = listeners;
            this.progress = progress;
        }

        @Override
        public void bound(Binding binding) {
            for (Check c : all) {
                c.header(binding, this);
            }
        }

        @Override
        public void record(Record record) {
            records++;
            for (Finding f : record.early()) {
                report(f);
            }
            for (Check c : checks) {
                c.record(record, this);
            }
            for (RecordListener l : listeners) {
                l.accept(record);
            }
            if ((records & 0x3FFF) == 0) {
                progress.update(file, records);
            }
        }

        @Override
        public void problem(Location where, String key, Severity severity, Object... args) {
            report(ParseCheck.finding(where, key, severity, args));
        }

        @Override
        public void layout(TableLayout layout) {
            layouts.add(layout);
        }

        @Override
        public void finding(Finding finding) {
            report(finding);
        }

        @Override
        public void report(Finding finding) {
            for (Suppression s : settings.suppressions()) {
                if (s.covers(finding)) {
                    suppressed++;
                    return;
                }
            }
            findings.add(finding);
        }

        @Override
        public void judged(String rule, Record record, boolean passed) {
            for (RecordListener l : listeners) {
                l.judged(rule, record, passed);
            }
        }

        @Override
        public void notJudged(String rule, Record record, Field field, Unjudged why) {
            for (RecordListener l : listeners) {
                l.notJudged(rule, record, field, why);
            }
        }

        @Override
        public DivisionRegistry registry() {
            return registry;
        }

        @Override
        public Settings settings() {
            return settings;
        }

        @Override
        public String file() {
            return file;
        }
    }
}
