package org.shequ.core.validate.checks;

import java.util.Arrays;

/**
 * Where each unit key was first seen: an open-addressing map from a non-negative long (a unit
 * code with its period) to a long (file and line), in two arrays. A national run keeps 620,573
 * keys; as boxed {@code Long}s in a {@code HashMap} they cost three objects each and slowed every
 * young collection, here they cost nothing to the collector.
 */
final class LongPositions {
    private static final long EMPTY = -1;
    private long[] keys;
    private long[] values;
    private int size;

    LongPositions() {
        keys = new long[1 << 12];
        values = new long[keys.length];
        Arrays.fill(keys, EMPTY);
    }

    /** The position stored for {@code key}, or -1 after storing {@code value} for it. */
    long putIfAbsent(long key, long value) {
        if (key < 0) {
            throw new IllegalArgumentException("negative key " + key);
        }
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
        return -1;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[keys.length];
        Arrays.fill(keys, EMPTY);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(oldKeys[j], mask);
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
