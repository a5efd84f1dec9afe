package org.shequ.core.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The reader's side of a table handler on another thread: rows go into a {@link Lane} in batches of
 * {@link #BATCH}, every other event in order between them, and the thread that drains the lane hands
 * them to the target. A target that refuses a row stops the reading of that table.
 */
public final class RowLane implements TableHandler {
    /** Rows a batch holds: few enough that what is queued stays small, enough that handing over costs little. */
    public static final int BATCH = 256;
    private final Lane lane;
    private final TableHandler target;
    private List<RawRow> batch = new ArrayList<>(BATCH);
    private int table;
    /** The table the target asked to stop reading (it refused a row). */
    private volatile int stopped = -1;
    /** On the draining thread: whether the current table was stopped. */
    private boolean stopping;

    public RowLane(Lane lane, TableHandler target) {
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

    /** Asked on the reader's thread: the target answers it from what it was made with, not from what it has read. */
    @Override
    public boolean recognises(List<String> cells) {
        return target.recognises(cells);
    }

    public void flush() {
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

    /**
     * Reads {@code file} on a reader thread of its own while the calling thread hands what it read to
     * {@code target}, in order: a reader of a large file that writes as it reads (the feedback of a
     * national file) parses on one core and writes on the other. A failure of the reading is thrown
     * here once what came before it has been handled.
     */
    public static void readAhead(TableReader reader, SourceFile file, TableHandler target) throws IOException {
        Lane lane = new Lane();
        RowLane rows = new RowLane(lane, target);
        Throwable[] failure = new Throwable[1];
        Thread reading = new Thread(() -> {
            try {
                reader.read(file, rows);
            } catch (Lane.Abandoned stopped) {
                // the target failed and is reporting why
            } catch (IOException | RuntimeException | Error e) {
                failure[0] = e;
            } finally {
                Throwable t = lane.finish(rows::flush);
                failure[0] = failure[0] == null ? t : failure[0];
            }
        }, "shequ-reader");
        reading.setDaemon(true);
        reading.start();
        try {
            lane.drain();
            reading.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            lane.abandon();
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
}
