package org.shequ.core.validate;

import java.math.BigDecimal;

/** Numbers as findings print them: plain notation, no grouping, no trailing zeros. */
public final class Numbers {
    private Numbers() {
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
