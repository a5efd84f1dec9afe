package org.shequ.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.MapContext;
import org.junit.jupiter.api.Test;

/** The decimal arithmetic of rule and indicator expressions. */
class ExpressionArithmeticTest {

    private static Object eval(String expr, Object x, Object y) {
        JexlScript s = Expressions.compile(expr, new Expressions.Origin("test.yaml", 1, "T"));
        MapContext c = new MapContext();
        c.set("x", x instanceof Number n ? RecordContext.decimal(n) : x);
        c.set("y", y instanceof Number n ? RecordContext.decimal(n) : y);
        return s.execute(c);
    }

    @Test
    void terminatingQuotientsAreExact() {
        assertEquals(0, new BigDecimal("30").compareTo((BigDecimal) eval("x * 100 / y", 300L, 1000L)));
        assertEquals(true, eval("x * 100 / y >= 30", 300.0, 1000L));
        // a tie at the fourth place, which binary doubles (45.36874999…) would round down
        assertEquals(0, new BigDecimal("45.36875").compareTo((BigDecimal) eval("x * 100 / y", 8710.8, 19200L)));
        assertEquals(0, new BigDecimal("3.5").compareTo((BigDecimal) eval("x / y", 7L, 2L)));
    }

    @Test
    void otherQuotientsKeepSeventeenDigits() {
        assertEquals(new BigDecimal("0.33333333333333333"), eval("x / y", 1L, 3L));
        assertEquals(new BigDecimal("66.666666666666667"), eval("x / y", 200L, 3L));
    }

    /** A whole number of a double reads as BigDecimal.valueOf reads it (its text, 1200.0), to the scale. */
    @Test
    void wholeNumbersBecomeTheDecimalsOfTheirText() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200_000; i++) {
            double d = i < 100_000 ? i - 50_000 : Math.rint((random.nextDouble() - 0.5) * 2.4e7);
            assertEquals(BigDecimal.valueOf(d), RecordContext.decimal(d), "for " + d);
        }
        for (double d : new double[] {-0.0, 9_999_999, -9_999_999, 1e7, 1e15, 0.5, 670.2, 1e-3}) {
            assertEquals(BigDecimal.valueOf(d), RecordContext.decimal(d), "for " + d);
        }
    }

    /** A result a double cannot hold (beyond 1.8 × 10^308) is not a number shequ can judge by; one below is. */
    @Test
    void resultsBeyondADoubleAreKnownByTheirDigits() {
        assertEquals(true, UnitRule.finite(new BigDecimal("1E+308")));
        assertEquals(true, UnitRule.finite(new BigDecimal("1.7E+308")));
        assertEquals(false, UnitRule.finite(new BigDecimal("1.8E+308")));
        assertEquals(false, UnitRule.finite(new BigDecimal("-1E+309")));
        assertEquals(true, UnitRule.finite(new BigDecimal("0.000001")));
        assertEquals(true, UnitRule.finite(new BigDecimal("-123456789012345678901234567890.5")));
        assertEquals(false, UnitRule.finite(Double.POSITIVE_INFINITY));
    }

    @Test
    void divisionByZeroIsAnError() {
        assertThrows(JexlException.class, () -> eval("x / y", 1L, 0L));
    }
}
