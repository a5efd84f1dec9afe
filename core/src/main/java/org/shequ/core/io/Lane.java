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

    /** Runs the events in order until the lane is closed; on any failure the lane is abandoned. */
    public void drain() throws InterruptedException {
        try {
            for (Runnable event = queue.take(); event != DONE; event = queue.take()) {
                event.run();
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
