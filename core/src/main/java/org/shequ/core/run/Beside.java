package org.shequ.core.run;

import java.util.concurrent.Callable;

/**
 * A piece of work done on a thread of its own beside what the calling thread does next: {@code run}
 * writes the feedback workbooks beside the documents, the aggregates and the findings, so that on
 * two cores the second one is not idle while the first writes (a national run's feedback is the
 * longest of its outputs; what it holds is a few rows of a streaming workbook). The result, or the
 * failure, arrives where {@link #get} is called.
 */
final class Beside<T> {

    private final Callable<T> work;
    private final Thread thread;
    private T result;
    private Throwable failure;

    private Beside(Callable<T> work, String name) {
        this.work = work;
        thread = new Thread(this::perform, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts the work on a thread named {@code name}. */
    static <T> Beside<T> start(String name, Callable<T> work) {
        return new Beside<>(work, name);
    }

    private void perform() {
        try {
            result = work.call();
        } catch (Throwable t) {
            failure = t;
        }
    }

    /** The result; the work's own exception, as thrown, when it failed. */
    T get() {
        join();
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return result;
    }

    /** Waits for work already begun to end (work not begun is not begun); its result and failure are left. */
    void settle() {
        join();
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
