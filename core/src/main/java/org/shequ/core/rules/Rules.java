package org.shequ.core.rules;

import java.util.Map;
import java.util.function.Supplier;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Check;

/**
 * The kinds of rule a pack may name, each compiled by its own class; a new kind is one class and
 * one entry here. Level rules compile (so a bad one fails before any data is read) but check
 * nothing during validation: aggregation evaluates them.
 */
final class Rules {
    /** Compiles a rule definition into a factory of fresh checks, or null for a level rule. */
    @FunctionalInterface
    interface Compiler {
        Supplier<Check> compile(RuleDef def, Dictionary dictionary, Derived derived);
    }

    static final Map<String, Compiler> KINDS = Map.of(
            "expression", ExpressionRule::compile,
            "all-true", (d, dict, derived) -> SetRule.compile(d, dict, SetRule.Mode.ALL_TRUE),
            "all-positive", (d, dict, derived) -> SetRule.compile(d, dict, SetRule.Mode.ALL_POSITIVE),
            "contains", (d, dict, derived) -> SetRule.compile(d, dict, SetRule.Mode.CONTAINS),
            "subset", (d, dict, derived) -> SetRule.compile(d, dict, SetRule.Mode.SUBSET),
            "staff-exit", (d, dict, derived) -> StaffExitRule.compile(d, dict),
            "level", (d, dict, derived) -> LevelRule.compile(d, dict));

    private Rules() {
    }

    static Kind kind(RuleDef def, Dictionary dictionary) {
        return dictionary.kind(def.on()).orElseThrow(() -> def.origin().problem("rule.unknownKind", def.on()));
    }

    static int intParam(RuleDef def, String name) {
        Object v = def.params().get(name);
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.intValue() < 1) {
            throw def.origin().problem("rule.paramType", name, String.valueOf(v), "a whole number ≥ 1");
        }
        return n.intValue();
    }
}
