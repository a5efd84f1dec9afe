package org.shequ.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.shequ.core.Problem;

/** Work on a thread beside the calling one: begun at once, its result or its failure where it is asked for. */
class BesideTest {
    @Test
    void besideTheWorkRunsBeforeItsResultIsAsked() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Beside<String> b = Beside.start("shequ-test", () -> {
            started.countDown();
            return Thread.currentThread().getName();
        });
        assertTrue(started.await(10, TimeUnit.SECONDS), "the work began without being asked for");
        assertEquals("shequ-test", b.get());
    }

    @Test
    void aFailureArrivesAsThrownWhereTheResultIsAsked() {
        Problem p = new Problem("input.missing", "城关街道.csv");
        Beside<String> b = Beside.start("shequ-test", () -> {
            throw p;
        });
        b.settle();
        assertSame(p, assertThrows(Problem.class, b::get));
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        assertSame(oom, assertThrows(OutOfMemoryError.class, Beside.start("shequ-test", () -> {
            throw oom;
        })::get));
    }
}
