package org.shequ.core.rules;

import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.commons.jexl3.introspection.JexlSandbox;

/**
 * The expression language of rule packs: Apache Commons JEXL, sandboxed. Expressions only (no
 * scripts, loops, lambdas, local variables, assignments, {@code new}, method calls, pragmas or
 * annotations); no class may be reached (an empty sandbox on top of JEXL's RESTRICTED
 * permissions); strict arithmetic, so a division by zero is an error, never a silent 0.
 */
public final class Expressions {
    private static final JexlFeatures FEATURES = new JexlFeatures()
            .script(false).loops(false).lambda(false).thinArrow(false).fatArrow(false)
            .localVar(false).sideEffect(false).sideEffectGlobal(false).newInstance(false)
            .methodCall(false).pragma(false).pragmaAnywhere(false).annotation(false)
            .importPragma(false).namespacePragma(false).register(false);
    /**
     * Decimal arithmetic to 17 significant digits: a quotient that terminates within them (300 m² /
     * 1,000 households × 100 = 30.0) is exact, so boundary values pass; one that does not is rounded
     * half even at the 17th digit, far below any threshold or displayed place. Under 18 digits,
     * BigDecimal divides in long arithmetic; JEXL's default of 34 digits took the big-number path
     * for every non-terminating quotient (most ratios of a national aggregate).
     */
    static final MathContext PRECISION = new MathContext(17, RoundingMode.HALF_EVEN);
    private static final JexlEngine ENGINE = new JexlBuilder()
            .features(FEATURES)
            .permissions(JexlPermissions.RESTRICTED)
            .sandbox(new JexlSandbox(false))
            .strict(true)
            .safe(false)
            .silent(false)
            .cache(512)
            .arithmetic(new JexlArithmetic(true, PRECISION, Integer.MIN_VALUE))
            .create();

    private Expressions() {
    }

    /**
     * Compiles {@code source}; a syntax or feature error is reported with the given origin, and
     * so is any property access ({@code a.b}, {@code x.class}): expressions read values, not objects.
     */
    public static JexlScript compile(String source, Origin origin) {
        JexlScript script;
        try {
            script = ENGINE.createScript(FEATURES, null, source);
        } catch (JexlException e) {
            throw origin.problem("rule.expression", source, reason(e));
        }
        for (List<String> path : script.getVariables()) {
            if (path.size() > 1) {
                throw origin.problem("rule.expression", source, "property access is not allowed: " + String.join(".", path));
            }
        }
        return script;
    }

    /** The names an expression reads (its free variables). */
    public static Set<String> variables(JexlScript script) {
        Set<String> names = new TreeSet<>();
        for (List<String> path : script.getVariables()) {
            names.add(path.get(0));
        }
        return names;
    }

    static String reason(JexlException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int at = m.indexOf(' ');
        return at > 0 && m.startsWith("@") ? m.substring(at + 1) : m;
    }

    /** Where an expression stands, for error messages: pack file, line and rule ID. */
    public record Origin(String file, int line, String rule) {
        org.shequ.core.Problem problem(String key, Object... args) {
            Object[] all = new Object[args.length + 3];
            all[0] = file;
            all[1] = line;
            all[2] = rule;
            System.arraycopy(args, 0, all, 3, args.length);
            return new org.shequ.core.Problem(key, all);
        }
    }
}
