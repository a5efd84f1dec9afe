package org.shequ.core;

import java.math.BigDecimal;

/** Numbers as findings print them: plain notation, no grouping, no trailing zeros. */
public final class Numbers {
    private Numbers() {
    }

    /**
     * A percentage as the fraction a workbook cell holds (98.4 → 0.984): divided in decimal, so the
     * cell holds the double nearest 0.984 and reads back as 98.4, where {@code 98.4 / 100} in doubles
     * would hold 0.9840000000000001 and change sums and averages in their last places.
     */
    public static double fraction(BigDecimal percent) {
        return percent.movePointLeft(2).doubleValue();
    }

    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** The value as a JSON number: whole numbers as Long (120), others as Double (21.3). */
    public static Number value(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Number) (long) v : (Number) v;
    }
}
