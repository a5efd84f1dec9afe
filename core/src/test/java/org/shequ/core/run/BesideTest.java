package org.shequ.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.Problem;
import org.shequ.core.io.SourceFile;

/** Work beside the calling thread for small inputs, after it for large ones; the same result and failure either way. */
class BesideTest {
    @TempDir
    Path dir;

    @Test
    void besideTheWorkRunsBeforeItsResultIsAsked() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Beside<String> b = Beside.start(true, "shequ-test", () -> {
            started.countDown();
            return Thread.currentThread().getName();
        });
        assertTrue(started.await(10, TimeUnit.SECONDS), "the work began without being asked for");
        assertEquals("shequ-test", b.get());
    }

    @Test
    void otherwiseItRunsOnTheCallingThreadWhenAsked() {
        AtomicBoolean ran = new AtomicBoolean();
        Beside<String> b = Beside.start(false, "shequ-test", () -> {
            ran.set(true);
            return Thread.currentThread().getName();
        });
        b.settle();
        assertFalse(ran.get(), "work not begun is not begun by settle");
        assertEquals(Thread.currentThread().getName(), b.get());
    }

    @Test
    void aFailureArrivesAsThrownWhereTheResultIsAsked() {
        for (boolean beside : List.of(true, false)) {
            Problem p = new Problem("input.missing", "城关街道.csv");
            Beside<String> b = Beside.start(beside, "shequ-test", () -> {
                throw p;
            });
            b.settle();
            assertSame(p, assertThrows(Problem.class, b::get));
            OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
            assertSame(oom, assertThrows(OutOfMemoryError.class, Beside.start(beside, "shequ-test", () -> {
                throw oom;
            })::get));
        }
    }

    @Test
    void smallInputsAddUpToLessThan32Megabytes() throws Exception {
        Path a = sized("a.csv", 20L << 20);
        Path b = sized("b.xlsx", (12L << 20) - 1);
        assertTrue(Beside.small(List.of(file(a), file(b))));
        Path c = sized("c.csv", 1);
        assertFalse(Beside.small(List.of(file(a), file(b), file(c))), "exactly 32 MB is not small");
        assertFalse(Beside.small(List.of(file(dir.resolve("missing.csv")))));
    }

    private Path sized(String name, long size) throws Exception {
        Path p = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size);
        }
        return p;
    }

    private static SourceFile file(Path p) {
        return new SourceFile(p, p.getFileName().toString(), List.of(), StandardCharsets.UTF_8, null);
    }
}
