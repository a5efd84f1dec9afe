package org.shequ.core.io;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An ordered, bounded lane of events from one thread to the next. The consumer {@link #drain drains}
 * it until the producer {@link #close closes} it; a consumer that fails abandons the lane, and the
 * producer's next {@link #put} then stops it with {@link Abandoned} instead of waiting forever.
 */
public final class Lane {
    private static final Runnable DONE = () -> { };
    /** Few batches in flight: whatever is queued survives each young collection and is copied. */
    private static final int QUEUE = 2;

    private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(QUEUE);
    private volatile boolean abandoned;
    /** The producer is done, whether or not it could close the lane (see {@link #finish}). */
    private volatile boolean ended;

    /** Thrown on the producer's thread when the consumer has given up. */
    public static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("the next stage stopped", null, false, false);
        }
    }

    public void put(Runnable event) {
        try {
            while (!queue.offer(event, 50, TimeUnit.MILLISECONDS)) {
                if (abandoned) {
                    throw new Abandoned();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandoned();
        }
    }

    public void close() {
        if (!abandoned) {
            put(DONE);
        }
    }

    /**
     * The producer is done: {@code flush} passes on what it still holds, then the lane is closed.
     * However that ends, the consumer's {@link #drain} returns once the lane is empty: it never waits
     * for a close that cannot come (the heap ran out making the last batch). A failure other than the
     * consumer's giving up is returned, for the producer to report.
     */
    public Throwable finish(Runnable flush) {
        try {
            flush.run();
            close();
            return null;
        } catch (Abandoned stopped) {
            return null; // the consumer stopped first and reports why
        } catch (RuntimeException | Error e) {
            return e;
        } finally {
            ended = true;
        }
    }

    /** Runs the events in order until the lane is closed or its producer has {@link #finish finished}; on any failure the lane is abandoned. */
    public void drain() throws InterruptedException {
        try {
            while (true) {
                Runnable event = queue.poll(50, TimeUnit.MILLISECONDS);
                if (event == DONE) {
                    return;
                }
                if (event != null) {
                    event.run();
                } else if (ended && queue.isEmpty()) {
                    return;
                }
            }
        } catch (InterruptedException | RuntimeException | Error e) {
            abandon();
            throw e;
        }
    }

    public void abandon() {
        abandoned = true;
        queue.clear();
    }
}
