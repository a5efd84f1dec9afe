package org.shequ.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a file on its own thread while the calling thread handles the rows, so that parsing
 * and checking use both cores. Rows travel in batches through a small bounded queue (memory
 * stays constant); events keep their order; a failure of the reader is rethrown here.
 */
public final class Pipelined {
    private static final int BATCH = 1024;
    private static final int QUEUE = 8;

    private Pipelined() {
    }

    /** Runs {@code reader} on {@code file}, delivering its events to {@code handler} on this thread. */
    public static void read(TableReader reader, SourceFile file, TableHandler handler) throws IOException {
        BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(QUEUE);
        Forwarder forwarder = new Forwarder(queue, handler);
        Thread thread = new Thread(() -> forwarder.run(reader, file), "shequ-reader");
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                Runnable event = queue.take();
                if (event == Forwarder.DONE) {
                    break;
                }
                event.run();
            }
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            forwarder.stopped = true;
            throw new IOException("interrupted", e);
        }
        if (forwarder.failure instanceof IOException io) {
            throw io;
        }
        if (forwarder.failure instanceof RuntimeException re) {
            throw re;
        }
        if (forwarder.failure instanceof Error err) {
            throw err;
        }
    }

    /** The reader thread's side: batches rows and forwards every other event in order. */
    private static final class Forwarder implements TableHandler {
        static final Runnable DONE = () -> { };
        private final BlockingQueue<Runnable> queue;
        private final TableHandler target;
        private List<RawRow> batch = new ArrayList<>(BATCH);
        private volatile boolean stopped;
        private Throwable failure;

        Forwarder(BlockingQueue<Runnable> queue, TableHandler target) {
            this.queue = queue;
            this.target = target;
        }

        void run(TableReader reader, SourceFile file) {
            try {
                reader.read(file, this);
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
            } finally {
                flush();
                put(DONE);
            }
        }

        @Override
        public void begin(String sheet, Shape shape) {
            put(() -> target.begin(sheet, shape));
        }

        @Override
        public boolean row(RawRow row) {
            batch.add(row);
            if (batch.size() == BATCH) {
                flush();
            }
            return !stopped;
        }

        @Override
        public void column(String name, int line) {
            flush();
            put(() -> target.column(name, line));
        }

        @Override
        public void problem(ReadProblem problem) {
            flush();
            put(() -> target.problem(problem));
        }

        @Override
        public void end() {
            flush();
            put(target::end);
        }

        @Override
        public boolean recognises(List<String> cells) {
            return target.recognises(cells);
        }

        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<RawRow> rows = batch;
            batch = new ArrayList<>(BATCH);
            put(() -> {
                for (RawRow r : rows) {
                    if (!stopped && !target.row(r)) {
                        stopped = true;
                    }
                }
            });
        }

        private void put(Runnable event) {
            try {
                queue.put(event);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new IOException("interrupted", e));
            }
        }
    }
}
