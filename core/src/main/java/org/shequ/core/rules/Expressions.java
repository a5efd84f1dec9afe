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
import java.math.BigDecimal;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shequ.core.Problem;
import org.shequ.core.schema.ValueParser;

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
        return compile(source, (shown, reason) -> origin.problem("rule.expression", shown, reason));
    }

    /** As {@link #compile(String, Origin)}, the problem made by {@code fail} from the expression as shown and the reason. */
    public static JexlScript compile(String source, BiFunction<String, String, Problem> fail) {
        if (source.length() > MAX_LENGTH) {
            throw fail.apply(abbreviate(source), "longer than " + MAX_LENGTH + " characters");
        }
        int depth = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
            if (depth > MAX_DEPTH) {
                throw fail.apply(abbreviate(source), "nested deeper than " + MAX_DEPTH + " levels");
            }
        }
        JexlScript script;
        try {
            script = ENGINE.createScript(FEATURES, null, source);
        } catch (JexlException e) {
            throw fail.apply(source, reason(e));
        }
        for (List<String> path : script.getVariables()) {
            if (path.size() > 1) {
                throw fail.apply(source, "property access is not allowed: " + String.join(".", path));
            }
        }
        String parsed = script.getParsedText();
        Matcher call = CALL.matcher(parsed);
        if (call.find()) {
            throw fail.apply(source, "functions and namespaces are not allowed: " + call.group().strip());
        }
        if (divisionByZero(parsed)) {
            throw fail.apply(source, "division by a constant zero");
        }
        Matcher literal = LITERAL.matcher(source);
        while (literal.find()) {
            BigDecimal n;
            try {
                n = new BigDecimal(literal.group());
            } catch (NumberFormatException e) {
                n = null; // an exponent beyond any number (1e9999999999)
            }
            if (n == null || n.abs().compareTo(LARGEST) > 0) {
                throw fail.apply(source, "the number " + literal.group()
                        + " is beyond what a value may be (" + LARGEST.toPlainString() + ")");
            }
        }
        return Specialised.of(script, ENGINE.getArithmetic());
    }

    /** A number written in an expression: 30, 0.5, 1e309. */
    private static final Pattern LITERAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.])\\d+(\\.\\d+)?([eE][-+]?\\d+)?(?![\\p{L}\\p{N}_])");
    /** The largest magnitude a literal may have: that of any value read (ValueParser.LARGEST), so no result overflows a double. */
    static final BigDecimal LARGEST = BigDecimal.valueOf(ValueParser.LARGEST);

    /** The longest expression a pack may hold, and how deep its brackets may nest (checked before parsing). */
    static final int MAX_LENGTH = 2000;
    static final int MAX_DEPTH = 32;
    /** A call: a name followed by an opening bracket ({@code size(x)}, {@code rt:exec(…)}). */
    private static final Pattern CALL = Pattern.compile("[\\p{L}\\p{N}_:]+\\s*\\(");
    private static final Pattern ZERO = Pattern.compile("[/%]\\s*0+(\\.0*)?(?![0-9.])");

    /** {@code x / 0}, or {@code x / (1 - 1)}: a divisor without variables that is zero. */
    private static boolean divisionByZero(String parsed) {
        if (ZERO.matcher(parsed).find()) {
            return true;
        }
        for (int i = 0; i < parsed.length(); i++) {
            char c = parsed.charAt(i);
            if (c != '/' && c != '%') {
                continue;
            }
            int j = i + 1;
            while (j < parsed.length() && parsed.charAt(j) == ' ') {
                j++;
            }
            if (j >= parsed.length() || parsed.charAt(j) != '(') {
                continue;
            }
            int depth = 0;
            int k = j;
            for (; k < parsed.length(); k++) {
                depth += parsed.charAt(k) == '(' ? 1 : parsed.charAt(k) == ')' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            String divisor = parsed.substring(j, Math.min(k + 1, parsed.length()));
            if (divisor.chars().noneMatch(ch -> Character.isLetter(ch) || ch == '_')) {
                try {
                    Object v = ENGINE.createScript(FEATURES, null, divisor).execute(null);
                    if (v instanceof Number n && n.doubleValue() == 0) {
                        return true;
                    }
                } catch (JexlException e) {
                    return true; // a constant that does not even compute
                }
            }
        }
        return false;
    }

    private static String abbreviate(String source) {
        return source.length() <= 60 ? source : source.substring(0, 60) + "…";
    }

    /** The names an expression reads (its free variables). */
    public static Set<String> variables(JexlScript script) {
        Set<String> names = new TreeSet<>();
        for (List<String> path : script.getVariables()) {
            names.add(path.get(0));
        }
        return names;
    }

    /** JEXL's message without its own class and method names (org.apache…compile:58@1:3 → at 1:3). */
    static String reason(JexlException e) {
        String m = e.getMessage() == null ? "invalid expression" : e.getMessage();
        m = m.replaceAll("[\\w$.]+\\.[\\w$]+:\\d+@", "@");
        int at = m.indexOf(' ');
        if (at > 0 && m.startsWith("@")) {
            return "at " + m.substring(1, at) + ": " + m.substring(at + 1);
        }
        return m;
    }

    /** Where an expression stands, for error messages: pack file, line and rule ID. */
    public record Origin(String file, int line, String rule) {
        Problem problem(String key, Object... args) {
            Object[] all = new Object[args.length + 3];
            all[0] = file;
            all[1] = line;
            all[2] = rule;
            System.arraycopy(args, 0, all, 3, args.length);
            return new Problem(key, all);
        }
    }
}
