package org.shequ.core.validate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.shequ.core.io.Lane;
import org.shequ.core.io.Location;
import org.shequ.core.io.RowLane;
import org.shequ.core.io.SourceFile;
import org.shequ.core.io.TableReader;

/**
 * Reads a file in three stages on three threads, so that parsing, typing and checking overlap and
 * keep every core busy: a reader thread runs the {@link TableReader}; a binder thread runs the
 * {@link TableBinder} (typing and the local checks); the calling thread runs the remaining checks
 * and the listeners. Rows and records travel in small batches through bounded {@link Lane}s (so
 * memory stays constant), everything else in order between them. A failure of either worker is
 * rethrown on the caller's thread once what came before it has been handled.
 */
final class Handoff {

    private Handoff() {
    }

    interface BinderFactory {
        TableBinder create(TableBinder.Sink sink);
    }

    static void read(TableReader reader, SourceFile file, BinderFactory binder, TableBinder.Sink target) throws IOException {
        Lane toBinder = new Lane();
        Lane toCaller = new Lane();
        Records records = new Records(toCaller, target);
        RowLane rows = new RowLane(toBinder, binder.create(records));
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
                Throwable t = toBinder.finish(rows::flush);
                failure[0] = failure[0] == null ? t : failure[0];
            }
        });
        Thread binding = worker("shequ-binder", () -> {
            try {
                toBinder.drain();
            } catch (InterruptedException | RuntimeException | Error e) {
                failure[1] = e;
            } finally {
                Throwable t = toCaller.finish(records::flush);
                failure[1] = failure[1] == null ? t : failure[1];
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

    /** The binder's side of its sink: batches records for the caller, forwards the rest in order. */
    private static final class Records implements TableBinder.Sink {
        private final Lane lane;
        private final TableBinder.Sink target;
        private List<Record> batch = new ArrayList<>(RowLane.BATCH);

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
            if (batch.size() == RowLane.BATCH) {
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
            batch = new ArrayList<>(RowLane.BATCH);
            lane.put(() -> recordsOut.forEach(target::record));
        }
    }
}
