package org.shequ.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A lane between two threads: every event in order, and a drain that ends however its producer ends. */
class LaneTest {
    private static Throwable produce(Lane lane, List<Integer> ran, Runnable last) throws InterruptedException {
        Throwable[] finished = new Throwable[1];
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 5; i++) {
                int n = i;
                lane.put(() -> ran.add(n));
            }
            finished[0] = lane.finish(last);
        });
        producer.start();
        assertTimeoutPreemptively(Duration.ofSeconds(10), lane::drain, "the drain ends");
        producer.join();
        return finished[0];
    }

    @Test
    void everyEventRunsInOrderThenTheDrainEnds() throws InterruptedException {
        List<Integer> ran = new CopyOnWriteArrayList<>();
        assertNull(produce(new Lane(), ran, () -> { }));
        assertEquals(List.of(0, 1, 2, 3, 4), ran);
    }

    /** The heap runs out making the last batch: the lane cannot be closed, and the consumer must not wait for it forever. */
    @Test
    void aProducerThatCannotCloseTheLaneStillEndsTheDrainAndReportsWhy() throws InterruptedException {
        List<Integer> ran = new CopyOnWriteArrayList<>();
        Throwable why = produce(new Lane(), ran, () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertTrue(why instanceof OutOfMemoryError, String.valueOf(why));
        assertEquals(List.of(0, 1, 2, 3, 4), ran, "what came before it was handled");
    }
}
