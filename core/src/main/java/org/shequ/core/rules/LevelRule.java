package org.shequ.core.rules;

import java.util.List;
import java.util.function.Supplier;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.validate.Check;

/**
 * {@code kind: level}: a rule on a level's aggregates (AGG-COVERAGE: rural facility coverage of
 * at least 80 % per county). Its {@code level} and expressions are checked when the pack loads;
 * aggregation evaluates it, so during validation it produces no check.
 */
final class LevelRule {
    static final List<String> LEVELS = List.of("township", "county", "city", "province");

    private LevelRule() {
    }

    static Supplier<Check> compile(RuleDef def, Dictionary dictionary) {
        if (def.doc().level == null || !LEVELS.contains(def.doc().level)) {
            throw def.origin().problem("rule.level", String.valueOf(def.doc().level), String.join(", ", LEVELS));
        }
        if (def.doc().check == null) {
            throw def.origin().problem("rule.incomplete", "check");
        }
        Expressions.compile(def.doc().check, def.origin());
        if (def.doc().value != null) {
            Expressions.compile(def.doc().value, def.origin());
        }
        return null;
    }
}
