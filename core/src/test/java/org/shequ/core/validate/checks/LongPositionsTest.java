package org.shequ.core.validate.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LongPositionsTest {
    @Test
    void keepsTheFirstPositionOfEveryKeyThroughManyGrowths() {
        LongPositions p = new LongPositions();
        int n = 200_000; // the table starts at 4,096 slots: it grows six times
        for (int i = 0; i < n; i++) {
            long code = 110101001001L + i * 1_000_000L; // unit codes with a period, as the check makes them
            assertEquals(-1, p.putIfAbsent(code, i), "new key " + i);
        }
        for (int i = n - 1; i >= 0; i--) {
            long code = 110101001001L + i * 1_000_000L;
            assertEquals(i, p.putIfAbsent(code, -5), "first position of key " + i);
        }
    }

    @Test
    void zeroIsAKeyAndNegativeKeysAreRefused() {
        LongPositions p = new LongPositions();
        assertEquals(-1, p.putIfAbsent(0, 7));
        assertEquals(7, p.putIfAbsent(0, 9));
        assertEquals(-1, p.putIfAbsent(Long.MAX_VALUE, 3));
        assertEquals(3, p.putIfAbsent(Long.MAX_VALUE, 4));
        assertThrows(IllegalArgumentException.class, () -> p.putIfAbsent(-1, 1));
    }
}
