package org.shequ.core.aggregate;

import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * A level's rows, computed when read, a block at a time: a national township level (some 40,000
 * rows of metrics) is never held whole. While the reader works through one block (writing it out),
 * the next is computed on another core; the first block, or one read out of order, is computed
 * on every core at once. Reading in order computes each row once.
 */
final class LazyRows extends AbstractList<Row> implements RandomAccess {
    private static final int BLOCK = 512;
    /**
     * One background thread for the next blocks (CompletableFuture's default would start a thread
     * per block on a machine with two cores). A daemon: it never keeps the program alive.
     */
    private static final ExecutorService NEXT_BLOCKS = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "shequ-rows");
        t.setDaemon(true);
        return t;
    });

    private final int size;
    private final IntFunction<Row> compute;
    /** The group key of each row, known without computing the row. */
    private final IntFunction<String> key;
    private Row[] block = new Row[0];
    private int blockStart;
    /** The block after the current one, being computed in the background; null when there is none. */
    private CompletableFuture<Row[]> next;
    private int nextStart = -1;

    LazyRows(int size, IntFunction<Row> compute, IntFunction<String> key) {
        this.size = size;
        this.compute = compute;
        this.key = key;
    }

    /** The index of the row with this group key, or -1; no row is computed. */
    int indexOf(String groupKey) {
        for (int i = 0; i < size; i++) {
            if (groupKey.equals(key.apply(i))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Row get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        if (index < blockStart || index >= blockStart + block.length) {
            int start = index - index % BLOCK;
            block = start == nextStart ? join(next) : IntStream.range(start, end(start)).parallel().mapToObj(compute).toArray(Row[]::new);
            blockStart = start;
            int following = start + BLOCK;
            if (following < size) {
                nextStart = following;
                next = CompletableFuture.supplyAsync(() -> IntStream.range(following, end(following)).mapToObj(compute).toArray(Row[]::new),
                        NEXT_BLOCKS);
            } else {
                nextStart = -1;
                next = null;
            }
        }
        return block[index - blockStart];
    }

    private int end(int start) {
        return Math.min(size, start + BLOCK);
    }

    private static Row[] join(CompletableFuture<Row[]> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @Override
    public int size() {
        return size;
    }
}
