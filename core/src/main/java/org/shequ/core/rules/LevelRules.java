package org.shequ.core.rules;

import org.shequ.core.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.MapContext;
import org.apache.commons.text.StringSubstitutor;
import org.shequ.core.io.Location;
import org.shequ.core.validate.Finding;
import org.shequ.core.Numbers;

/**
 * Evaluates level rules (AGG-COVERAGE …) on aggregated rows: the rule's {@code check} over the
 * row's metrics and the rule's parameters. A row missing a metric the rule needs is not judged.
 */
public final class LevelRules {
    private LevelRules() {
    }

    /** A level's row as the rules see it: the level, code, name and metrics. */
    public record Group(String level, String code, String name, Map<String, Number> metrics) {
    }

    public static List<Finding> evaluate(RuleSet rules, List<Group> groups) {
        List<Finding> out = new ArrayList<>();
        for (RuleDef def : rules.rules()) {
            if (!def.level() || !def.enabled()) {
                continue;
            }
            JexlScript check = Expressions.compile(def.doc().check, def.origin());
            for (Group g : groups) {
                if (!g.level().equals(def.doc().level)) {
                    continue;
                }
                Map<String, Object> vars = new HashMap<>();
                g.metrics().forEach((k, v) -> vars.put(k, RecordContext.decimal(v)));
                def.params().forEach((k, v) -> vars.put(k, v instanceof Number n ? RecordContext.decimal(n) : v));
                Object ok;
                try {
                    ok = check.execute(new MapContext(vars));
                } catch (JexlException e) {
                    continue;
                }
                if (Boolean.FALSE.equals(ok)) {
                    Map<String, String> text = new HashMap<>();
                    g.metrics().forEach((k, v) -> text.put(k, Numbers.plain(v.doubleValue())));
                    def.params().forEach((k, v) -> text.put(k, UnitRule.format(v)));
                    StringSubstitutor sub = new StringSubstitutor(text);
                    Text template = Text.of(def.doc().message);
                    Text message = new Text(sub.replace(template.zh()) + def.citation(Locale.CHINESE),
                            sub.replace(template.en()) + def.citation(Locale.ENGLISH));
                    out.add(Finding.of(def.id(), def.severity()).at(new Location(null, null, 0, g.level()))
                            .unit(g.code(), g.name()).message("rule.message", message)
                            .compared(null, def.doc().expected == null ? null : sub.replace(def.doc().expected)).build());
                }
            }
        }
        return out;
    }
}
