package org.shequ.core.validate.checks;

import java.util.Arrays;

/**
 * Where each unit key was first seen: an open-addressing map from a non-negative long (a unit
 * code with its period) to a long (file and line), each key beside its value in one array, so that
 * a lookup in a national run's table (620,573 keys, larger than any cache) touches one line of
 * memory, not two. As boxed {@code Long}s in a {@code HashMap} they cost three objects each and
 * slowed every young collection; here they cost nothing to the collector.
 */
final class LongPositions {
    private static final long EMPTY = -1;
    /** Key at {@code 2i}, value at {@code 2i + 1}. */
    private long[] slots;
    private int size;

    LongPositions() {
        slots = empty(1 << 12);
    }

    private static long[] empty(int capacity) {
        long[] s = new long[capacity * 2];
        Arrays.fill(s, EMPTY);
        return s;
    }

    /** The position stored for {@code key}, or -1 after storing {@code value} for it. */
    long putIfAbsent(long key, long value) {
        if (key < 0) {
            throw new IllegalArgumentException("negative key " + key);
        }
        if (size * 4 >= slots.length) { // half the capacity
            grow();
        }
        int i = probe(key);
        if (slots[2 * i] == key) {
            return slots[2 * i + 1];
        }
        slots[2 * i] = key;
        slots[2 * i + 1] = value;
        size++;
        return -1;
    }

    /** The position stored for {@code key}, or -1 when there is none (nothing is stored). */
    long get(long key) {
        int i = probe(key);
        return slots[2 * i] == key ? slots[2 * i + 1] : -1;
    }

    /** The slot that holds {@code key}, or the empty one where it would go. */
    private int probe(long key) {
        int mask = slots.length / 2 - 1;
        int i = slot(key, mask);
        while (slots[2 * i] != EMPTY && slots[2 * i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] old = slots;
        slots = empty(old.length); // twice the capacity: two longs a slot
        int mask = slots.length / 2 - 1;
        for (int j = 0; j < old.length; j += 2) {
            if (old[j] != EMPTY) {
                int i = slot(old[j], mask);
                while (slots[2 * i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[2 * i] = old[j];
                slots[2 * i + 1] = old[j + 1];
            }
        }
    }
}
