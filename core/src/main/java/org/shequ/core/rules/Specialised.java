package org.shequ.core.rules;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BinaryOperator;
import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.parser.ASTAddNode;
import org.apache.commons.jexl3.parser.ASTAndNode;
import org.apache.commons.jexl3.parser.ASTDivNode;
import org.apache.commons.jexl3.parser.ASTEQNode;
import org.apache.commons.jexl3.parser.ASTFalseNode;
import org.apache.commons.jexl3.parser.ASTGENode;
import org.apache.commons.jexl3.parser.ASTGTNode;
import org.apache.commons.jexl3.parser.ASTIdentifier;
import org.apache.commons.jexl3.parser.ASTJexlScript;
import org.apache.commons.jexl3.parser.ASTLENode;
import org.apache.commons.jexl3.parser.ASTLTNode;
import org.apache.commons.jexl3.parser.ASTMulNode;
import org.apache.commons.jexl3.parser.ASTNENode;
import org.apache.commons.jexl3.parser.ASTNotNode;
import org.apache.commons.jexl3.parser.ASTNumberLiteral;
import org.apache.commons.jexl3.parser.ASTOrNode;
import org.apache.commons.jexl3.parser.ASTReference;
import org.apache.commons.jexl3.parser.ASTReferenceExpression;
import org.apache.commons.jexl3.parser.ASTSubNode;
import org.apache.commons.jexl3.parser.ASTTernaryNode;
import org.apache.commons.jexl3.parser.ASTTrueNode;
import org.apache.commons.jexl3.parser.ASTUnaryMinusNode;
import org.apache.commons.jexl3.parser.JexlNode;

/**
 * An expression that is evaluated for each unit without JEXL's interpreter where it can be. Its syntax tree, as
 * JEXL parsed it, is turned once into nested operations that call the same {@link JexlArithmetic} the interpreter
 * calls, so 300 × 100 / 1,000 is the same 30.0 and a comparison gives the same verdict. Per unit, the interpreter
 * built a new evaluator and looked up operator overloads for every node; for the two conditions of a national
 * file's 620,573 units that was about a quarter of the aggregating thread.
 *
 * <p>Only {@code && || !}, {@code ? :}, comparisons, {@code + - * /}, unary minus, number literals, {@code true}/{@code false}
 * and variable names are taken; an expression with anything else is left to JEXL whole. At run time the fast path
 * takes only true/false and numbers: a variable that is none (not reported) or text, a non-boolean operand of
 * {@code && || !}, and any error (a division by zero) hand the whole evaluation to JEXL, so what the user sees
 * (a value, or JEXL's error) is JEXL's own. Expressions have no side effects (see {@link Expressions}), so evaluating
 * one again is safe.
 */
final class Specialised implements JexlScript {
    /** One operation of the tree: its value for the context, or {@link #FALLBACK}. */
    private interface Op {
        Object eval(JexlContext c);
    }

    /** The fast path cannot decide this evaluation: JEXL does. Thrown without a stack trace. */
    private static final RuntimeException FALLBACK = new RuntimeException("evaluated by JEXL", null, false, false) {
    };

    private static final Method TREE = tree();

    private final JexlScript script;
    private final Op root;

    private Specialised(JexlScript script, Op root) {
        this.script = script;
        this.root = root;
    }

    /** The script as JEXL evaluates it, without the fast path. */
    JexlScript interpreted() {
        return script;
    }

    /** Whether the script has a fast path (an expression this class takes). */
    static boolean fast(JexlScript script) {
        return script instanceof Specialised;
    }

    /** The script with a fast path when every node of it is one this class takes; else the script itself. */
    static JexlScript of(JexlScript script, JexlArithmetic arithmetic) {
        if (TREE == null) {
            return script;
        }
        try {
            ASTJexlScript tree = (ASTJexlScript) TREE.invoke(script);
            if (tree.jjtGetNumChildren() != 1) {
                return script;
            }
            Op root = new Builder(arithmetic).op(tree.jjtGetChild(0));
            return root == null ? script : new Specialised(script, root);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return script;
        }
    }

    /** JEXL's parsed tree of a script (a protected accessor); null when this JEXL has none, and then JEXL evaluates everything. */
    private static Method tree() {
        try {
            Method m = Class.forName("org.apache.commons.jexl3.internal.Script").getDeclaredMethod("getScript");
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public Object execute(JexlContext context) {
        try {
            return root.eval(context);
        } catch (RuntimeException e) {
            return script.execute(context);
        }
    }

    /** Turns nodes into operations; null for a node it does not take. */
    private record Builder(JexlArithmetic arithmetic) {
        Op op(JexlNode node) {
            int n = node.jjtGetNumChildren();
            if ((node instanceof ASTReference || node instanceof ASTReferenceExpression) && n == 1) {
                return op(node.jjtGetChild(0));
            }
            if (node instanceof ASTIdentifier id && n == 0) {
                return id.getNamespace() == null && id.getSymbol() < 0 ? variable(id.getName()) : null;
            }
            if (node instanceof ASTNumberLiteral literal && n == 0) {
                Object value = literal.getLiteral();
                return c -> value;
            }
            if (node instanceof ASTTrueNode && n == 0) {
                return c -> Boolean.TRUE;
            }
            if (node instanceof ASTFalseNode && n == 0) {
                return c -> Boolean.FALSE;
            }
            if (node instanceof ASTNotNode && n == 1) {
                Op a = op(node.jjtGetChild(0));
                return a == null ? null : c -> !truth(a.eval(c));
            }
            if (node instanceof ASTUnaryMinusNode && n == 1) {
                if (node.jjtGetChild(0) instanceof ASTNumberLiteral) {
                    return null; // JEXL narrows a negated literal to its literal's class (-0.1b becomes a double): left to it
                }
                Op a = op(node.jjtGetChild(0));
                return a == null ? null : c -> arithmetic.negate(number(a.eval(c)));
            }
            if (node instanceof ASTTernaryNode && n == 3) {
                Op[] ops = children(node);
                return ops == null ? null : c -> truth(ops[0].eval(c)) ? ops[1].eval(c) : ops[2].eval(c);
            }
            if (node instanceof ASTAndNode || node instanceof ASTOrNode) {
                return logical(node, node instanceof ASTOrNode);
            }
            return n == 2 ? binary(node) : null;
        }

        /** {@code a && b && …} or {@code a || b || …}, each operand true or false, short-circuited as JEXL does. */
        private Op logical(JexlNode node, boolean or) {
            Op[] ops = children(node);
            if (ops == null) {
                return null;
            }
            return c -> {
                for (Op o : ops) {
                    if (truth(o.eval(c)) == or) {
                        return or;
                    }
                }
                return !or;
            };
        }

        private Op binary(JexlNode node) {
            BinaryOperator<Object> f = operator(node);
            Op[] ops = f == null ? null : children(node);
            if (ops == null) {
                return null;
            }
            Op a = ops[0];
            Op b = ops[1];
            return c -> f.apply(operand(a.eval(c)), operand(b.eval(c)));
        }

        private BinaryOperator<Object> operator(JexlNode node) {
            JexlArithmetic x = arithmetic;
            if (node instanceof ASTAddNode) {
                return (l, r) -> x.add(number(l), number(r));
            }
            if (node instanceof ASTSubNode) {
                return (l, r) -> x.subtract(number(l), number(r));
            }
            if (node instanceof ASTMulNode) {
                return (l, r) -> x.multiply(number(l), number(r));
            }
            if (node instanceof ASTDivNode) {
                return (l, r) -> x.divide(number(l), number(r));
            }
            return comparison(node);
        }

        private BinaryOperator<Object> comparison(JexlNode node) {
            JexlArithmetic x = arithmetic;
            if (node instanceof ASTGTNode) {
                return (l, r) -> x.greaterThan(number(l), number(r));
            }
            if (node instanceof ASTGENode) {
                return (l, r) -> x.greaterThanOrEqual(number(l), number(r));
            }
            if (node instanceof ASTLTNode) {
                return (l, r) -> x.lessThan(number(l), number(r));
            }
            if (node instanceof ASTLENode) {
                return (l, r) -> x.lessThanOrEqual(number(l), number(r));
            }
            if (node instanceof ASTEQNode) {
                return (l, r) -> sameKind(l, r) && x.equals(l, r);
            }
            if (node instanceof ASTNENode) {
                return (l, r) -> sameKind(l, r) && !x.equals(l, r);
            }
            return null;
        }

        private Op[] children(JexlNode node) {
            Op[] ops = new Op[node.jjtGetNumChildren()];
            for (int i = 0; i < ops.length; i++) {
                ops[i] = op(node.jjtGetChild(i));
                if (ops[i] == null) {
                    return null;
                }
            }
            return ops;
        }
    }

    private static Op variable(String name) {
        return c -> operand(c.get(name));
    }

    /** A value the fast path takes: true/false or a number; anything else (none, text) is JEXL's to judge. */
    private static Object operand(Object v) {
        if (v instanceof Boolean || v instanceof Number) {
            return v;
        }
        throw FALLBACK;
    }

    private static Object number(Object v) {
        if (v instanceof Number) {
            return v;
        }
        throw FALLBACK;
    }

    private static boolean truth(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw FALLBACK;
    }

    /** {@code ==} and {@code !=} between two numbers or two booleans; a number against a boolean is JEXL's to judge. */
    private static boolean sameKind(Object l, Object r) {
        if ((l instanceof Boolean) != (r instanceof Boolean)) {
            throw FALLBACK;
        }
        return true;
    }

    // everything else is the script's own

    @Override
    public Object execute(JexlContext context, Object... args) {
        return script.execute(context, args);
    }

    @Override
    public Callable<Object> callable(JexlContext context) {
        return script.callable(context);
    }

    @Override
    public Callable<Object> callable(JexlContext context, Object... args) {
        return script.callable(context, args);
    }

    @Override
    public JexlScript curry(Object... args) {
        return script.curry(args);
    }

    @Override
    public String[] getLocalVariables() {
        return script.getLocalVariables();
    }

    @Override
    public String[] getParameters() {
        return script.getParameters();
    }

    @Override
    public String getParsedText() {
        return script.getParsedText();
    }

    @Override
    public String getParsedText(int indent) {
        return script.getParsedText(indent);
    }

    @Override
    public Map<String, Object> getPragmas() {
        return script.getPragmas();
    }

    @Override
    public String getSourceText() {
        return script.getSourceText();
    }

    @Override
    public String[] getUnboundParameters() {
        return script.getUnboundParameters();
    }

    @Override
    public Set<List<String>> getVariables() {
        return script.getVariables();
    }

    @Override
    public String toString() {
        return script.toString();
    }
}
