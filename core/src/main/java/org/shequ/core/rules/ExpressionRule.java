package org.shequ.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.commons.jexl3.JexlScript;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Check;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.Severity;
import java.util.HashMap;

/**
 * {@code kind: expression}: an optional {@code value} (the actual figure, e.g. m² per 100
 * households) and a {@code check} that must hold, both JEXL over the record's fields, the rule's
 * parameters and {@code value}.
 */
final class ExpressionRule extends UnitRule {
    /** Names an expression may read besides fields and parameters. */
    static final Set<String> BUILT_IN = Set.of("value", "limit", "unit_type", "urban");

    private final JexlScript value;
    private final JexlScript limit;
    private final JexlScript check;
    private final RecordContext vars;

    private ExpressionRule(RuleDef def, Kind kind, List<Field> needed, JexlScript when, JexlScript value,
                           JexlScript limit, JexlScript check, Derived derived) {
        super(def, kind, needed, when);
        this.value = value;
        this.limit = limit;
        this.check = check;
        this.vars = new RecordContext(def.params(), derived);
    }

    static Supplier<Check> compile(RuleDef def, Dictionary dictionary, Derived derived) {
        Kind kind = Rules.kind(def, dictionary);
        if (def.doc().check == null || def.doc().check.isBlank()) {
            throw def.origin().problem("rule.incomplete", "check");
        }
        JexlScript when = def.doc().when == null ? null : Expressions.compile(def.doc().when, def.origin());
        JexlScript value = def.doc().value == null ? null : Expressions.compile(def.doc().value, def.origin());
        JexlScript limit = def.doc().limit == null ? null : Expressions.compile(def.doc().limit, def.origin());
        JexlScript check = Expressions.compile(def.doc().check, def.origin());
        Set<String> names = new TreeSet<>();
        for (JexlScript s : new JexlScript[] {when, value, limit, check}) {
            if (s != null) {
                names.addAll(Expressions.variables(s));
            }
        }
        List<Field> needed = new ArrayList<>();
        for (String n : names) {
            Field f = kind.field(n).orElse(null);
            if (f != null) {
                needed.add(f);
            } else if (derived.has(n) && "communities".equals(kind.name()) && !def.params().containsKey(n)) {
                // a quantity the indicators define (service_area_per_100): its inputs are what the rule needs
                for (String input : derived.inputs(n)) {
                    kind.field(input).filter(x -> !needed.contains(x)).ifPresent(needed::add);
                }
            } else if (!def.params().containsKey(n) && !BUILT_IN.contains(n)) {
                throw def.origin().problem("rule.unknownName", n, kind.name());
            }
        }
        if (def.doc().field != null && kind.field(def.doc().field).isEmpty()) {
            throw def.origin().problem("rule.unknownName", def.doc().field, kind.name());
        }
        for (String p : def.params().keySet()) {
            if (kind.field(p).isPresent() || BUILT_IN.contains(p)) {
                throw def.origin().problem("rule.paramShadows", p);
            }
        }
        Derived used = "communities".equals(kind.name()) ? derived : Derived.NONE;
        return () -> new ExpressionRule(def, kind, needed, when, value, limit, check, used);
    }

    @Override
    protected RecordContext context() {
        return vars;
    }

    @Override
    protected void evaluate(Record r, CheckContext ctx) {
        vars.on(r);
        Object actual = compute(value, "value", r, ctx);
        Object bound = compute(limit, "limit", r, ctx);
        if ((value != null && actual == null) || (limit != null && bound == null)) {
            undefined(r, ctx);
            return;
        }
        Object ok = run(check, vars, r, ctx);
        if (ok == null) {
            undefined(r, ctx);
            return;
        }
        if (!(ok instanceof Boolean passed)) {
            ctx.report(Finding.about(def.id(), Severity.WARNING, r, primary())
                    .message("rule.notBoolean", def.id(), check.getSourceText(), String.valueOf(ok)).build());
            undefined(r, ctx);
            return;
        }
        if (passed) {
            pass(r, ctx);
        } else {
            Object shown = actual != null ? actual : vars.get(primary().key());
            Map<String, String> more = new HashMap<>();
            more.put("value", UnitRule.format(shown));
            if (bound != null) {
                more.put("limit", UnitRule.format(bound));
            }
            fail(r, ctx, shown, more);
        }
    }

    /** Runs an optional expression and binds its result under {@code name}; null on error. */
    private Object compute(JexlScript script, String name, Record r, CheckContext ctx) {
        if (script == null) {
            return null;
        }
        Object v = run(script, vars, r, ctx);
        if (v != null) {
            vars.put(name, v);
        }
        return v;
    }
}
