package org.shequ.core.aggregate;

import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * A level's rows, computed when read, a block at a time on every core: a national township level
 * (some 40,000 rows of metrics) is never held whole, and its metrics are not computed on one
 * thread while the others wait. Reading in order computes each row once.
 */
final class LazyRows extends AbstractList<Row> implements RandomAccess {
    private static final int BLOCK = 1024;

    private final int size;
    private final IntFunction<Row> compute;
    private Row[] block = new Row[0];
    private int blockStart;

    LazyRows(int size, IntFunction<Row> compute) {
        this.size = size;
        this.compute = compute;
    }

    @Override
    public Row get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        if (index < blockStart || index >= blockStart + block.length) {
            blockStart = index - index % BLOCK;
            IntStream range = IntStream.range(blockStart, Math.min(size, blockStart + BLOCK));
            block = (size - blockStart > 64 ? range.parallel() : range).mapToObj(compute).toArray(Row[]::new);
        }
        return block[index - blockStart];
    }

    @Override
    public int size() {
        return size;
    }
}
