package org.shequ.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.MapContext;
import org.junit.jupiter.api.Test;

/**
 * The fast path of expressions gives JEXL's own answer: for every expression of the bundled indicators and packs and
 * others of each kind of node it takes, over values of every kind a unit can have (none, true/false, decimals at the
 * 17th digit, the largest value, text), the value or the error is the interpreter's, to the class and the scale.
 */
class SpecialisedTest {
    private static final String[] EXPRESSIONS = {
        "!urban && service_area > 0", "urban && service_area > 0", "service_area * 100 / households",
        "a * 100 / b >= 30", "a / b", "a + b - c", "-a < b", "a - -b", "a == b", "a != b", "a == true", "a != false",
        "value >= min", "value <= max", "value == true", "urban ? a : b", "a > 0 || b > 0", "!(a >= 1000)",
        "a == 30.0", "(a + b) * 2 > c", "a && b", "a || !b", "a >= 1e3", "a > b && b > c || urban", "a <= 0.5",
        "true && a < 1", "false || a", "a % 2 == 1", "role == 'committee' ? a : b", "a =~ [1, 2]", "a ?: b", "(a > b) == (b > c)",
        "a > -0.5b", "a * -2 > b", "-2147483648 < a", "a == -1.5f", "3 * -0.1b == -0.3b", "a + 1 > a", "a * 2 == a + a",
    };
    private static final Object[] VALUES = {
        null, Boolean.TRUE, Boolean.FALSE, new BigDecimal("0"), new BigDecimal("30.0"), new BigDecimal("30"),
        new BigDecimal("-1.5"), new BigDecimal("0.33333333333333333"), new BigDecimal("1E+308"), new BigDecimal("1000"),
        new BigDecimal("0.00"), 7L, 0, 2.5d, "text", "committee", new ArrayList<>(), Long.MAX_VALUE, Integer.MIN_VALUE, -0.0d,
    };
    /** Marks a variable the context does not have at all (an undefined name, not one without a value). */
    private static final Object ABSENT = new Object();

    @Test
    void everyExpressionGivesTheInterpretersValueOrError() {
        int compared = 0;
        for (String source : EXPRESSIONS) {
            JexlScript fast = Expressions.compile(source, new Expressions.Origin("test.yaml", 1, "T"));
            JexlScript slow = fast instanceof Specialised s ? s.interpreted() : fast;
            List<String> names = new ArrayList<>(Expressions.variables(slow));
            for (Object[] values : assignments(names.size())) {
                JexlContext c = context(names, values);
                assertEquals(outcome(slow, c), outcome(fast, c), source + " with " + names + " = " + Arrays.toString(values));
                compared++;
            }
        }
        assertTrue(compared > 40_000, "compared " + compared);
    }

    @Test
    void theConditionsOfIndicatorsAndPacksTakeTheFastPath() {
        for (String source : new String[] {"!urban && service_area > 0", "value >= min", "urban ? urban_min : rural_min",
                "service_area * 100 / households", "rural_coverage >= rural_min && urban_coverage >= urban_min"}) {
            assertTrue(Specialised.fast(Expressions.compile(source, new Expressions.Origin("t.yaml", 1, "T"))), source);
        }
        for (String source : new String[] {"a % 2 == 1", "role == 'committee' ? a : b", "a > -0.5b"}) {
            assertFalse(Specialised.fast(Expressions.compile(source, new Expressions.Origin("t.yaml", 1, "T"))), source);
        }
    }

    /** Every assignment of the values (and an undefined name) to n variables, or 6,000 drawn at random when there are more. */
    private static List<Object[]> assignments(int n) {
        Object[] pool = Arrays.copyOf(VALUES, VALUES.length + 1);
        pool[VALUES.length] = ABSENT;
        List<Object[]> all = new ArrayList<>();
        if (Math.pow(pool.length, n) <= 6_000) {
            int total = (int) Math.pow(pool.length, n);
            for (int i = 0; i < total; i++) {
                Object[] v = new Object[n];
                for (int j = 0, k = i; j < n; j++, k /= pool.length) {
                    v[j] = pool[k % pool.length];
                }
                all.add(v);
            }
            return all;
        }
        Random random = new Random(28);
        for (int i = 0; i < 6_000; i++) {
            Object[] v = new Object[n];
            for (int j = 0; j < n; j++) {
                v[j] = pool[random.nextInt(pool.length)];
            }
            all.add(v);
        }
        return all;
    }

    private static JexlContext context(List<String> names, Object[] values) {
        MapContext c = new MapContext();
        for (int i = 0; i < names.size(); i++) {
            if (values[i] != ABSENT) {
                c.set(names.get(i), values[i]);
            }
        }
        return c;
    }

    /** The value with its class, or the error's class and message. */
    private static String outcome(JexlScript script, JexlContext c) {
        try {
            Object v = script.execute(c);
            return v == null ? "null" : v.getClass().getName() + ":" + v;
        } catch (RuntimeException e) {
            return "error " + e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
