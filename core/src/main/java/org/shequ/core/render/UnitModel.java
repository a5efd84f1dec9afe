package org.shequ.core.render;

import static org.shequ.core.render.ReportModel.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.shequ.core.Words;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.rules.RuleSet;

/**
 * The units one by one as a template sees them ({@code units}, {@code by_type}, {@code distribution}):
 * each unit's verdict on the rules, the urban and rural units' counts per rule, and how the units
 * spread over the bins of service space per 100 households.
 */
final class UnitModel {
    /** The bins of the distribution of m² per 100 households: below 10, 10–20, … 50–60, 60 and over. */
    static final double[] SPACE_BINS = {10, 20, 30, 40, 50, 60};

    /** A unit's verdict and type as the model writes them, and the bin of units without data. */
    private static final String COMPLIANT = Words.get("render.model.verdict.yes");
    private static final String NOT_COMPLIANT = Words.get("render.model.verdict.no");
    private static final String URBAN = Words.get("render.model.type.urban");
    private static final String RURAL = Words.get("render.model.type.rural");

    private UnitModel() {
    }

    /** The units' keys of the model: each unit, the counts by verdict, the urban and rural units, the distribution. */
    static void put(Map<String, Object> m, List<UnitRows.Line> units, RuleSet rules) {
        m.put("units", units(units, rules));
        m.put("units_failing", units.stream().filter(l -> !l.failed().isEmpty()).count());
        // neither failing nor compliant: a rule that applies could not judge the unit (a value missing or invalid)
        m.put("units_unjudged", units.stream().filter(l -> l.failed().isEmpty() && !l.unjudged().isEmpty()).count());
        m.put("units_passed", units.stream().filter(UnitRows.Line::passed).count());
        m.put("units_listed_max", ReportModel.UNITS_LISTED);
        m.put("by_type", Map.of("urban", byType(units, true), "rural", byType(units, false)));
        m.put("distribution", Map.of("service_area_per_100", distribution(units)));
    }

    /** The units, each as a map made when a template reads it: a national model never holds 620,000 maps. */
    static List<Object> units(List<UnitRows.Line> lines, RuleSet rules) {
        return ReportModel.whenRead(lines, l -> unit(l, rules));
    }

    static Map<String, Object> unit(UnitRows.Line l, RuleSet rules) {
        List<String> titles = l.failed().stream()
                .map(id -> rules.rule(id).map(r -> r.title().zh()).orElse(id)).toList();
        List<String> unjudgedTitles = new ArrayList<>();
        l.unjudged().forEach((id, reason) -> unjudgedTitles.add(Words.format("render.model.unjudgedTitle", rules.rule(id).map(r -> r.title().zh()).orElse(id), reason)));
        // 是 only when every rule that applies judged the unit and it failed none; a rule that could not judge it says why
        String verdict = !l.failed().isEmpty() ? NOT_COMPLIANT
                : !l.unjudged().isEmpty() ? Words.format("render.model.verdict.unjudged",
                        String.join(Words.get("render.model.separator"), new TreeSet<>(l.unjudged().values())))
                : COMPLIANT;
        String township = l.code() == null || l.code().length() < 9 ? null : l.code().substring(0, 9);
        String townshipName = township == null ? null : DivisionRegistry.bundled().nameOf(township);
        return map("code", l.code(), "name", l.name(), "township", township,
                "township_name", townshipName == null ? ReportModel.UNKNOWN_NAME : townshipName,
                "file", l.file(), "line", l.line(), "urban", l.urban(), "type", l.urban() ? URBAN : RURAL,
                "households", l.households(), "service_area", l.serviceArea(), "service_area_per_100", l.perHundred(),
                "failed", l.failed(), "failed_titles", titles, "passed", l.passed(), "verdict", verdict,
                "unjudged", l.unjudged(), "unjudged_titles", unjudgedTitles);
    }

    /**
     * The whole jurisdiction's urban (or rural) units: how many, and per rule how many were
     * judged and which failed, so a template can say "全县10个城市社区中，除胜利机械厂社区外".
     */
    static Map<String, Object> byType(List<UnitRows.Line> lines, boolean urban) {
        long units = 0;
        Map<String, List<String>> failing = new TreeMap<>();
        Map<String, List<Object>> unjudged = new TreeMap<>();
        Map<String, long[]> counts = new TreeMap<>();
        for (UnitRows.Line l : lines) {
            if (l.urban() != urban) {
                continue;
            }
            units++;
            for (String rule : l.judged()) {
                counts.computeIfAbsent(rule, k -> new long[3])[0]++;
            }
            for (String rule : l.failed()) {
                counts.get(rule)[1]++;
                failing.computeIfAbsent(rule, k -> new ArrayList<>()).add(l.shown());
            }
            l.unjudged().forEach((rule, reason) -> {
                counts.computeIfAbsent(rule, k -> new long[3])[2]++;
                unjudged.computeIfAbsent(rule, k -> new ArrayList<>()).add(map("name", l.shown(), "reason", reason));
            });
        }
        Map<String, Object> judged = new TreeMap<>();
        counts.forEach((rule, n) -> judged.put(rule, map("units", n[0], "passed", n[0] - n[1], "failed", n[1], "unjudged", n[2])));
        return map("units", units, "failing", failing, "judged", judged, "unjudged", unjudged);
    }

    /** How many units fall in each bin of m² per 100 households; units without both values in 无数据. */
    static List<Object> distribution(List<UnitRows.Line> lines) {
        long[] counts = new long[SPACE_BINS.length + 2];
        for (UnitRows.Line l : lines) {
            Double v = l.perHundred();
            if (v == null) {
                counts[counts.length - 1]++;
                continue;
            }
            int bin = 0;
            while (bin < SPACE_BINS.length && v >= SPACE_BINS[bin]) {
                bin++;
            }
            counts[bin]++;
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i <= SPACE_BINS.length; i++) {
            String label = i == 0 ? "<" + ChineseUsage.number(SPACE_BINS[0], 0)
                    : i == SPACE_BINS.length ? "≥" + ChineseUsage.number(SPACE_BINS[i - 1], 0)
                    : ChineseUsage.number(SPACE_BINS[i - 1], 0) + "–" + ChineseUsage.number(SPACE_BINS[i], 0);
            out.add(map("label", label, "count", counts[i]));
        }
        if (counts[counts.length - 1] > 0) {
            out.add(map("label", Words.get("render.model.distribution.noData"), "count", counts[counts.length - 1]));
        }
        return out;
    }
}
