package org.shequ.core.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.shequ.core.io.Location;
import org.shequ.core.io.SourceFile;
import org.shequ.core.io.TableReader;

/**
 * Reads and types a file on a worker thread while the calling thread runs the checks and the
 * listeners, so parsing and checking use both cores. The worker runs the reader and the
 * {@link TableBinder}; records travel to the caller in batches through a small bounded queue (so
 * memory stays constant), header bindings and problems in order between them. A failure of the
 * worker is rethrown on the caller's thread.
 */
final class Handoff {
    /** Few records in flight: whatever is queued survives each young collection and is copied. */
    private static final int BATCH = 256;
    private static final int QUEUE = 2;
    private static final Runnable DONE = () -> { };

    private Handoff() {
    }

    interface BinderFactory {
        TableBinder create(TableBinder.Sink sink);
    }

    static void read(TableReader reader, SourceFile file, BinderFactory binder, TableBinder.Sink target) throws IOException {
        BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(QUEUE);
        Forwarder forwarder = new Forwarder(queue, target);
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(() -> {
            try {
                reader.read(file, binder.create(forwarder));
            } catch (IOException | RuntimeException | Error e) {
                failure[0] = e;
            } finally {
                forwarder.flush();
                forwarder.put(DONE);
            }
        }, "shequ-reader");
        worker.setDaemon(true);
        worker.start();
        try {
            for (Runnable event = queue.take(); event != DONE; event = queue.take()) {
                event.run();
            }
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (failure[0] instanceof IOException io) {
            throw io;
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
    }

    /** The worker's side of the sink: batches records, forwards everything in order. */
    private static final class Forwarder implements TableBinder.Sink {
        private final BlockingQueue<Runnable> queue;
        private final TableBinder.Sink target;
        private List<Record> batch = new ArrayList<>(BATCH);

        Forwarder(BlockingQueue<Runnable> queue, TableBinder.Sink target) {
            this.queue = queue;
            this.target = target;
        }

        @Override
        public void bound(Binding binding) {
            flush();
            put(() -> target.bound(binding));
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
            put(() -> target.problem(where, key, severity, args));
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<Record> records = batch;
            batch = new ArrayList<>(BATCH);
            put(() -> records.forEach(target::record));
        }

        void put(Runnable event) {
            try {
                queue.put(event);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new IOException("interrupted", e));
            }
        }
    }
}
