package org.shequ.core.run;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import org.shequ.core.io.SourceFile;
import java.io.IOException;

/**
 * A piece of work done on a thread of its own beside what the calling thread does next, or, when
 * told not to, on the calling thread when its result is asked for. {@code run} writes the feedback
 * workbooks beside the documents when the inputs are small: on two cores the second one is
 * otherwise idle while the documents are written. With larger inputs the feedback follows the
 * documents, so that each has the heap to itself. Either way the result, or the failure, is the
 * same, and it arrives where {@link #get} is called.
 */
final class Beside<T> {
    /** Inputs under this many bytes in all are small: a county's sheets (the launcher's short runs). */
    static final long SMALL = 32L << 20;

    private final Callable<T> work;
    private final Thread thread;
    private T result;
    private Throwable failure;

    private Beside(Callable<T> work, boolean beside, String name) {
        this.work = work;
        if (beside) {
            thread = new Thread(this::perform, name);
            thread.setDaemon(true);
            thread.start();
        } else {
            thread = null;
        }
    }

    /** Starts the work on a thread named {@code name} when {@code beside}; otherwise it waits for {@link #get}. */
    static <T> Beside<T> start(boolean beside, String name, Callable<T> work) {
        return new Beside<>(work, beside, name);
    }

    /** Whether the files add up to less than {@link #SMALL} (a file that cannot be measured is not small). */
    static boolean small(List<SourceFile> files) {
        long total = 0;
        for (SourceFile f : files) {
            try {
                total += Files.size(f.path());
            } catch (IOException | SecurityException e) {
                return false;
            }
        }
        return total < SMALL;
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
        if (thread == null) {
            perform();
        } else {
            join();
        }
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
        if (thread != null) {
            join();
        }
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
