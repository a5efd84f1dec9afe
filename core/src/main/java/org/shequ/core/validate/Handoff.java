package org.shequ.core.validate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.shequ.core.io.Location;
import org.shequ.core.io.RawRow;
import org.shequ.core.io.ReadProblem;
import org.shequ.core.io.Shape;
import org.shequ.core.io.SourceFile;
import org.shequ.core.io.TableHandler;
import org.shequ.core.io.TableReader;
import org.shequ.core.io.SheetChoice;
import org.shequ.core.io.Span;

/**
 * Reads a file in three stages on three threads, so that parsing, typing and checking overlap and
 * keep every core busy: a reader thread runs the {@link TableReader}; a binder thread runs the
 * {@link TableBinder} (typing and the local checks); the calling thread runs the remaining checks
 * and the listeners. Rows and records travel in small batches through bounded {@link Lane}s (so
 * memory stays constant), everything else in order between them. A failure of either worker is
 * rethrown on the caller's thread once what came before it has been handled.
 */
final class Handoff {
    private static final int BATCH = 256;

    private Handoff() {
    }

    interface BinderFactory {
        TableBinder create(TableBinder.Sink sink);
    }

    static void read(TableReader reader, SourceFile file, BinderFactory binder, TableBinder.Sink target) throws IOException {
        Lane toBinder = new Lane();
        Lane toCaller = new Lane();
        Records records = new Records(toCaller, target);
        Rows rows = new Rows(toBinder, binder.create(records));
        Throwable[] failure = new Throwable[2];
        Thread reading = worker("shequ-reader", () -> {
            try {
                reader.read(file, rows);
                rows.finish();
            } catch (Lane.Abandoned stopped) {
                // a later stage failed and is reporting why
            } catch (IOException | RuntimeException | Error e) {
                failure[0] = e;
            } finally {
                finish(rows::flush, toBinder);
            }
        });
        Thread binding = worker("shequ-binder", () -> {
            try {
                toBinder.drain();
            } catch (InterruptedException | RuntimeException | Error e) {
                failure[1] = e;
            } finally {
                finish(records::flush, toCaller);
            }
        });
        try {
            toCaller.drain();
            binding.join();
            reading.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            toBinder.abandon();
        }
        for (Throwable t : failure) {
            rethrow(t);
        }
    }

    /** Passes on what is batched and closes the lane, unless the next stage already failed (and reports why). */
    private static void finish(Runnable flush, Lane lane) {
        try {
            flush.run();
            lane.close();
        } catch (Lane.Abandoned ignored) {
            // the next stage stopped first
        }
    }

    private static Thread worker(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof InterruptedException e) {
            throw new IOException("interrupted", e);
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
    }

    /** The reader's side of the table handler: batches rows for the binder, forwards the rest in order. */
    private static final class Rows implements TableHandler {
        private final Lane lane;
        private final TableHandler target;
        private List<RawRow> batch = new ArrayList<>(BATCH);
        private int table;
        /** The table the binder asked to stop reading (it refused a row). */
        private volatile int stopped = -1;
        /** On the binder's thread: whether the current table was stopped. */
        private boolean stopping;

        Rows(Lane lane, TableHandler target) {
            this.lane = lane;
            this.target = target;
        }

        @Override
        public void begin(String sheet, Shape shape) {
            flush();
            table++;
            lane.put(() -> {
                stopping = false;
                target.begin(sheet, shape);
            });
        }

        @Override
        public boolean row(RawRow row) {
            if (stopped == table) {
                return false;
            }
            batch.add(row);
            if (batch.size() == BATCH) {
                flush();
            }
            return true;
        }

        @Override
        public void column(String name, int line) {
            flush();
            lane.put(() -> target.column(name, line));
        }

        @Override
        public void spans(List<Span> spans) {
            flush();
            lane.put(() -> target.spans(spans));
        }

        @Override
        public void skipped(String sheet, SheetChoice.Skip why) {
            flush();
            lane.put(() -> target.skipped(sheet, why));
        }

        @Override
        public void finish() {
            flush();
            lane.put(target::finish);
        }

        @Override
        public void problem(ReadProblem problem) {
            flush();
            lane.put(() -> target.problem(problem));
        }

        @Override
        public void warning(ReadProblem problem) {
            flush();
            lane.put(() -> target.warning(problem));
        }

        @Override
        public void end() {
            flush();
            lane.put(target::end);
        }

        /** Asks nothing of the binder's state: the dictionary and the file's kind decide. */
        @Override
        public boolean recognises(List<String> cells) {
            return target.recognises(cells);
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<RawRow> rowsOut = batch;
            int current = table;
            batch = new ArrayList<>(BATCH);
            lane.put(() -> {
                for (RawRow r : rowsOut) {
                    if (stopping) {
                        return;
                    }
                    if (!target.row(r)) {
                        stopping = true;
                        stopped = current;
                    }
                }
            });
        }
    }

    /** The binder's side of its sink: batches records for the caller, forwards the rest in order. */
    private static final class Records implements TableBinder.Sink {
        private final Lane lane;
        private final TableBinder.Sink target;
        private List<Record> batch = new ArrayList<>(BATCH);

        Records(Lane lane, TableBinder.Sink target) {
            this.lane = lane;
            this.target = target;
        }

        @Override
        public void bound(Binding binding) {
            flush();
            lane.put(() -> target.bound(binding));
        }

        @Override
        public void record(Record record) {
            batch.add(record);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        @Override
        public void problem(Location where, String key, Severity severity, Object... args) {
            flush();
            lane.put(() -> target.problem(where, key, severity, args));
        }

        @Override
        public void finding(Finding finding) {
            flush();
            lane.put(() -> target.finding(finding));
        }

        @Override
        public void layout(TableLayout layout) {
            flush();
            lane.put(() -> target.layout(layout));
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<Record> recordsOut = batch;
            batch = new ArrayList<>(BATCH);
            lane.put(() -> recordsOut.forEach(target::record));
        }
    }
}
