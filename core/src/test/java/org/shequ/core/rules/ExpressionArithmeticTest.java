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

    @Test
    void divisionByZeroIsAnError() {
        assertThrows(JexlException.class, () -> eval("x / y", 1L, 0L));
    }
}
