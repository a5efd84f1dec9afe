package org.shequ.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shequ.core.io.Location;
import org.shequ.core.io.RawRow;
import org.shequ.core.io.Shape;
import org.shequ.core.io.SourceFile;
import org.shequ.core.io.TableHandler;
import org.shequ.core.io.TableReader;
import org.shequ.core.schema.Dictionary;

/** The three-stage read: order, failures on any stage, and a binder that stops a table. */
class HandoffTest {
    private static final Dictionary DICTIONARY = Dictionary.builtIn();
    private static final SourceFile FILE = SourceFile.of(Path.of("units.csv"), "units.csv");
    private static final String[] HEADER = {"统一代码", "社区名称", "街道(乡镇)", "户数（户）"};

    /** Emits the header and {@code rows} units, then fails with {@code failure} when it is not null. */
    private static TableReader units(int rows, IOException failure, AtomicInteger emitted) {
        return (file, handler) -> {
            handler.begin(null, Shape.DELIMITED);
            handler.row(new RawRow(1, HEADER));
            for (int i = 0; i < rows; i++) {
                String code = String.format("110101%03d%03d", i / 500, i % 500 + 1); // a village-level number is never 000
                if (!handler.row(new RawRow(i + 2, new String[] {code, "社区" + i, "东华门街道", String.valueOf(i)}))) {
                    break;
                }
                emitted.incrementAndGet();
            }
            if (failure != null) {
                throw failure;
            }
            handler.end();
        };
    }

    private static Handoff.BinderFactory binder() {
        return sink -> new TableBinder(FILE, DICTIONARY, Settings.defaults(), sink);
    }

    /** Collects what reaches the caller; throws at record {@code failAt} (0: never). */
    private static final class Collect implements TableBinder.Sink {
        final List<Integer> lines = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final int failAt;

        Collect(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public void bound(Binding binding) {
        }

        @Override
        public void record(Record record) {
            lines.add(record.location().line());
            if (lines.size() == failAt) {
                throw new IllegalStateException("listener failed");
            }
        }

        @Override
        public void problem(Location where, String key, Severity severity, Object... args) {
            problems.add(key + "@" + where.line());
        }

        @Override
        public void finding(Finding finding) {
            problems.add(finding.rule() + "@" + finding.location().line());
        }
    }

    @Test
    void everyRecordArrivesOnTheCallerInOrder() throws IOException {
        Collect c = new Collect(0);
        Handoff.read(units(5_000, null, new AtomicInteger()), FILE, binder(), c);
        assertEquals(5_000, c.lines.size());
        for (int i = 0; i < c.lines.size(); i++) {
            assertEquals(i + 2, c.lines.get(i));
        }
        assertEquals(List.of(), c.problems);
    }

    @Test
    void aReadingFailureComesAfterTheRecordsBeforeIt() {
        Collect c = new Collect(0);
        IOException broken = new IOException("disk gone");
        IOException thrown = assertThrows(IOException.class,
                () -> Handoff.read(units(1_000, broken, new AtomicInteger()), FILE, binder(), c));
        assertSame(broken, thrown);
        assertEquals(1_000, c.lines.size());
    }

    @Test
    void aFailingCallerStopsTheReaderInsteadOfHanging() {
        AtomicInteger emitted = new AtomicInteger();
        Collect c = new Collect(300);
        IllegalStateException thrown = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                IllegalStateException.class, () -> Handoff.read(units(10_000_000, null, emitted), FILE, binder(), c)));
        assertEquals("listener failed", thrown.getMessage());
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            int before;
            do {
                before = emitted.get();
                Thread.sleep(200);
            } while (emitted.get() != before);
        });
        assertTrue(emitted.get() < 1_000_000, "the reader went on: " + emitted.get());
    }

    @Test
    void aFailingBinderIsReportedOnTheCaller() {
        TableReader reader = units(100_000, null, new AtomicInteger());
        Handoff.BinderFactory failing = sink -> new TableBinder(FILE, DICTIONARY, Settings.defaults(), new TableBinder.Sink() {
            int n;

            @Override
            public void bound(Binding binding) {
                sink.bound(binding);
            }

            @Override
            public void record(Record record) {
                if (++n == 700) {
                    throw new IllegalArgumentException("binder failed");
                }
                sink.record(record);
            }

            @Override
            public void problem(Location where, String key, Severity severity, Object... args) {
                sink.problem(where, key, severity, args);
            }

            @Override
            public void finding(Finding finding) {
                sink.finding(finding);
            }
        });
        Collect c = new Collect(0);
        IllegalArgumentException thrown = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(IllegalArgumentException.class, () -> Handoff.read(reader, FILE, failing, c)));
        assertEquals("binder failed", thrown.getMessage());
        assertEquals(699, c.lines.size());
    }

    @Test
    void aTableWithoutHeaderIsReportedOnceAndNotReadOn() throws IOException {
        AtomicInteger emitted = new AtomicInteger();
        TableReader noHeader = (file, handler) -> {
            handler.begin(null, Shape.DELIMITED);
            for (int i = 0; i < 1_000_000; i++) {
                if (!handler.row(new RawRow(i + 1, new String[] {"甲" + i, "乙"}))) {
                    break;
                }
                emitted.incrementAndGet();
            }
            handler.end();
        };
        Collect c = new Collect(0);
        Handoff.read(noHeader, FILE, binder(), c);
        assertEquals(1, c.problems.stream().filter(p -> p.startsWith("DATA-HEADER.none")).count(), c.problems.toString());
        assertEquals(List.of(), c.lines);
        assertTrue(emitted.get() < 100_000, "the reader went on: " + emitted.get());
    }
}
