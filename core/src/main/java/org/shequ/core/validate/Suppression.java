package org.shequ.core.validate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.shequ.core.Problem;

/**
 * A finding the workspace accepts, with the reason written down: a rule for one unit (or every
 * unit with {@code "*"}). Suppressed findings are counted in the summary, never silently dropped.
 */
public record Suppression(String rule, String unit, String reason) {

    @JsonCreator
    public Suppression(@JsonProperty("rule") String rule, @JsonProperty("unit") String unit,
                       @JsonProperty("reason") String reason) {
        if (rule == null || rule.isBlank() || reason == null || reason.isBlank()) {
            throw new Problem("workspace.suppression", String.valueOf(rule), String.valueOf(unit));
        }
        this.rule = rule;
        this.unit = unit == null ? "*" : unit;
        this.reason = reason;
    }

    public boolean covers(Finding f) {
        return rule.equals(f.rule()) && ("*".equals(unit) || unit.equals(f.unit()));
    }
}
