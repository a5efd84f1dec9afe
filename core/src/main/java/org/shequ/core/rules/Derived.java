package org.shequ.core.rules;

import java.util.List;
import java.util.Map;
import org.apache.commons.jexl3.JexlScript;

/**
 * The derived quantities (the indicator definitions: {@code service_area_per_100} is
 * {@code service_area * 100 / households}) that a rule's expression may name as if they were
 * fields. A quantity is defined once and a rule reads that definition, evaluated on the unit's
 * own values in exact decimals, so the rule, the aggregates, the charts and the tables cannot
 * disagree on a unit that lies exactly on a threshold.
 */
public record Derived(Map<String, JexlScript> expressions) {
    public static final Derived NONE = new Derived(Map.of());

    public Derived {
        expressions = Map.copyOf(expressions);
    }

    public boolean has(String name) {
        return expressions.containsKey(name);
    }

    public JexlScript expression(String name) {
        return expressions.get(name);
    }

    /** The fields a derived quantity reads. */
    public List<String> inputs(String name) {
        return List.copyOf(Expressions.variables(expressions.get(name)));
    }
}
