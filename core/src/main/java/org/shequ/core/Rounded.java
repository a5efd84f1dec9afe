package org.shequ.core;

import java.math.BigDecimal;

/**
 * A ratio as the aggregates print it, four places rounded half up, that keeps its exact value for whoever
 * rounds it again. Rounding twice is wrong at a tie: 116 of 117 units is 0.991453, printed 0.9915, and 0.9915
 * as a percentage to one place is 99.2 % where the ratio is 99.1 %. A document (and a spreadsheet cell, which
 * the reader's format rounds) takes {@link #exact}; every other use sees the four places.
 */
public final class Rounded extends Number {
    private final double shown;
    private final double exact;

    private Rounded(double shown, double exact) {
        this.shown = shown;
        this.exact = exact;
    }

    /**
     * {@code rounded} (as the aggregates round), carrying {@code exact} when the two differ. A whole number stays
     * as it is: a value within 0.00005 of a whole number rounds to it at any coarser precision too.
     */
    public static Number of(Number rounded, double exact) {
        if (rounded instanceof Long || Double.isNaN(exact) || rounded.doubleValue() == exact) {
            return rounded;
        }
        return new Rounded(rounded.doubleValue(), exact);
    }

    /**
     * The value before rounding, as a decimal (the shortest that is the double: 19,829 of 20,000 is 0.99145, a tie
     * at three places, not the binary 0.99144999…); any other number as itself.
     */
    public static BigDecimal exact(Number n) {
        return n instanceof Rounded r ? BigDecimal.valueOf(r.exact) : new BigDecimal(n.toString());
    }

    /** The value before rounding; any other number as itself. */
    public static double exactDouble(Number n) {
        return n instanceof Rounded r ? r.exact : n.doubleValue();
    }

    @Override
    public int intValue() {
        return (int) shown;
    }

    @Override
    public long longValue() {
        return (long) shown;
    }

    @Override
    public float floatValue() {
        return (float) shown;
    }

    @Override
    public double doubleValue() {
        return shown;
    }

    /** As the four places print: what a message, a sum or a comparison of the aggregates sees. */
    @Override
    public String toString() {
        return Double.toString(shown);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rounded r && Double.compare(r.shown, shown) == 0 && Double.compare(r.exact, exact) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(shown) * 31 + Double.hashCode(exact);
    }
}
