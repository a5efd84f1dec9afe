package org.shequ.core.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.shequ.core.Vocabulary;
import org.shequ.core.Words;
import org.shequ.core.rules.Indicator;
import org.shequ.core.rules.Indicators;
import org.shequ.core.rules.RuleDef;
import org.shequ.core.rules.RuleSet;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.FieldType;
import org.shequ.core.schema.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What each metric a document prints is, from its one definition (the dictionary's fields, the
 * indicators, the rules in force): its label, the unit it is written with, how many decimals,
 * and how its coverage is said. One format per quantity, in text, tables and charts alike.
 */
public final class Quantities {
    /** How a quantity relates to the units it covers. */
    public enum Kind {
        /** A number of units (reported, expected, absent, by type): complete by construction. */
        UNITS,
        /** A sum of a numeric field, or a count of units where a yes/no field or a unit indicator holds. */
        SUM,
        /** A ratio recomputed from sums (an indicator, a household-weighted percentage): over the units that reported every part. */
        RATIO,
        /** A share of 0–1 written as a percentage (a pass rate, the report rate). */
        SHARE
    }

    /**
     * One quantity: its key, label, the unit it is written with, its decimals, its kind, and the
     * words a document may call it by (the label, the dictionary's aliases and terms).
     */
    public record Quantity(String key, String label, String unit, int decimals, Kind kind, List<String> terms,
                           String of, boolean computed) {
        /**
         * Whether shequ computes it and no unit reports it (an indicator over the level's sums, a rate):
         * without a value it cannot be computed (无法计算), which is no unit's omission (未报).
         */
        public boolean computed() {
            return computed;
        }

        /** What the units it covers are called: 社区, or 城市社区 / 农村社区 for a quantity about those only. */
        public String noun() {
            return Words.get(of == null ? "render.quantity.noun" : of.equals("urban") ? "render.quantity.noun.urban" : "render.quantity.noun.rural");
        }
    }

    /** The unit a number of units, or of units where something holds, is written with. */
    private static final String PIECES = Words.get("render.quantity.unit.units");
    /** The unit a number of tasks or certificates is written with. */
    private static final String ITEMS = Words.get("render.quantity.unit.items");
    /** other words a document may call the number of units reported by, beside its label */
    private static final List<String> UNITS_TERMS = Vocabulary.words("Quantities.UNITS_TERMS");
    /** other words a document may call the number of units expected by, beside its label */
    private static final List<String> EXPECTED_UNITS_TERMS = Vocabulary.words("Quantities.EXPECTED_UNITS_TERMS");
    /** other words a document may call the number of units absent by, beside its label */
    private static final List<String> ABSENT_UNITS_TERMS = Vocabulary.words("Quantities.ABSENT_UNITS_TERMS");
    /** the word a document may call any rule's pass rate by */
    private static final String PASS_RATE_TERM = Vocabulary.word("Quantities.PASS_RATE_TERM");

    private final Map<String, Quantity> all = new LinkedHashMap<>();
    private final RuleSet rules;

    public Quantities(org.shequ.core.schema.Kind communities, Indicators indicators, RuleSet rules) {
        this.rules = rules;
        put("units", label("units"), PIECES, 0, Kind.UNITS, UNITS_TERMS);
        put("urban_units", label("urban_units"), PIECES, 0, Kind.UNITS);
        put("rural_units", label("rural_units"), PIECES, 0, Kind.UNITS);
        put("expected_units", label("expected_units"), PIECES, 0, Kind.UNITS, EXPECTED_UNITS_TERMS);
        put("absent_units", label("absent_units"), PIECES, 0, Kind.UNITS, ABSENT_UNITS_TERMS);
        put("report_rate", label("report_rate"), "%", 1, Kind.SHARE);
        put("tasks", label("tasks"), ITEMS, 0, Kind.UNITS);
        put("tasks_not_allowed", label("tasks_not_allowed"), ITEMS, 0, Kind.UNITS);
        put("tasks_not_allowed_share", label("tasks_not_allowed_share"), "%", 1, Kind.SHARE);
        put("certificates_demanded", label("certificates_demanded"), ITEMS, 0, Kind.UNITS);
        for (Field f : communities.fields()) {
            List<String> terms = new ArrayList<>(f.aliases());
            terms.addAll(f.terms());
            if (f.type() == FieldType.INTEGER || f.type() == FieldType.DECIMAL) {
                put(f.key(), f.label(), written(f.unit()), f.type() == FieldType.INTEGER ? 0 : 1, Kind.SUM, terms);
            } else if (f.type() == FieldType.BOOLEAN) {
                put(f.key(), f.label(), PIECES, 0, Kind.SUM, terms);
            } else if (f.type() == FieldType.PERCENT) {
                put(f.key(), f.label(), "%", 1, Kind.RATIO, terms);
            }
        }
        for (Indicator i : indicators.all()) {
            List<String> terms = new ArrayList<>(i.terms());
            all.put(i.key(), null); // keeps the order
            put(i.key(), i.zh(), i.perUnit() ? PIECES : written(i.unit()), i.perUnit() ? 0 : i.decimals(),
                    i.perUnit() ? Kind.SUM : Kind.RATIO, terms);
            Quantity q = all.get(i.key());
            all.put(i.key(), new Quantity(q.key(), q.label(), q.unit(), q.decimals(), q.kind(), q.terms(), i.of(), !i.perUnit()));
        }
    }

    /** The label a document writes for a quantity that is no field of the dictionary. */
    private static String label(String key) {
        return Words.get("render.quantity.label." + key);
    }

    private void put(String key, String label, String unit, int decimals, Kind kind) {
        put(key, label, unit, decimals, kind, List.of());
    }

    private void put(String key, String label, String unit, int decimals, Kind kind, List<String> terms) {
        List<String> all = new ArrayList<>(List.of(label));
        all.addAll(terms);
        this.all.put(key, new Quantity(key, label, unit == null ? "" : unit, decimals, kind, List.copyOf(all), null, kind == Kind.SHARE));
    }

    /** A unit as a document writes it: m² is 平方米. */
    static String written(String unit) {
        return unit == null ? "" : unit.equals("m²") || unit.equals("㎡") ? Words.get("render.quantity.unit.squareMetres") : unit;
    }

    /**
     * The thresholds the rules in force set on a quantity (the 30 of STD-SPACE-100, whose value is
     * {@code service_area_per_100}): a unit's value is never written rounded onto or across one.
     */
    public List<BigDecimal> thresholds(String key) {
        List<BigDecimal> out = new ArrayList<>();
        if (rules == null) {
            return out;
        }
        for (RuleDef r : rules.rules()) {
            if (r.enabled() && r.doc().value != null && r.doc().value.strip().equals(key)) {
                for (String p : List.of("min", "max")) {
                    if (r.params().get(p) instanceof Number n) {
                        out.add(new BigDecimal(n.toString()));
                    }
                }
            }
        }
        return out;
    }

    /** The quantity a metric key names; {@code pass_rate.RULE} is that rule's pass rate. Null when unknown. */
    public Quantity of(String key) {
        Quantity q = all.get(key);
        if (q == null && key.startsWith(PASS_RATE)) {
            String rule = key.substring(PASS_RATE.length());
            String title = rules == null ? rule : rules.rule(rule).map(RuleDef::title).map(t -> t.zh()).orElse(rule);
            String label = Words.format("render.quantity.label.pass_rate", title);
            return new Quantity(key, label, "%", 1, Kind.SHARE, List.of(label, PASS_RATE_TERM), null, true);
        }
        return q;
    }

    static final String PASS_RATE = "pass_rate.";
}
