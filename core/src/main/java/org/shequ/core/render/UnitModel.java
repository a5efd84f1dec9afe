package org.shequ.core.render;

import org.shequ.core.validate.checks.CopyCheck;

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

    /** The units, each made when a template reads it: a national model never holds 620,000 of them. */
    static List<DocumentModel.Unit> units(List<UnitRows.Line> lines, RuleSet rules) {
        return ReportModel.whenRead(lines, l -> unit(l, rules));
    }

    static DocumentModel.Unit unit(UnitRows.Line l, RuleSet rules) {
        List<String> titles = l.failed().stream()
                .map(id -> rules.rule(id).map(r -> r.title().zh()).orElse(id)).toList();
        List<String> unjudgedTitles = new ArrayList<>();
        // a copied row (DATA-COPY) is no rule's: every standard's verdict on it is withheld
        l.unjudged().forEach((id, reason) -> unjudgedTitles.add(Words.format("render.model.unjudgedTitle",
                rules.rule(id).map(r -> r.title().zh()).orElse(id.equals(CopyCheck.ID) ? Words.get("render.model.copied.title") : id), reason)));
        // 是 only when every rule that applies judged the unit and it failed none; a rule that could not judge it says why
        String verdict = !l.failed().isEmpty() ? NOT_COMPLIANT
                : !l.unjudged().isEmpty() ? Words.format("render.model.verdict.unjudged",
                        String.join(Words.get("render.model.separator"), new TreeSet<>(l.unjudged().values())))
                : COMPLIANT;
        String township = l.code() == null || l.code().length() < 9 ? null : l.code().substring(0, 9);
        String townshipName = township == null ? null : DivisionRegistry.bundled().nameOf(township);
        return new DocumentModel.Unit(l.code(), l.name(), township, townshipName == null ? ReportModel.UNKNOWN_NAME : townshipName,
                l.file(), l.line(), l.urban(), l.urban() ? URBAN : RURAL, l.households(), l.serviceArea(), l.perHundred(),
                l.failed(), titles, l.passed(), verdict, l.unjudged(), unjudgedTitles);
    }

    /**
     * The whole jurisdiction's urban (or rural) units: how many, and per rule how many were
     * judged and which failed, so a template can say "全县10个城市社区中，除胜利机械厂社区外".
     */
    static DocumentModel.TypeGroup byType(List<UnitRows.Line> lines, boolean urban) {
        long units = 0;
        Map<String, List<String>> failing = new TreeMap<>();
        Map<String, List<DocumentModel.Unjudged>> unjudged = new TreeMap<>();
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
                unjudged.computeIfAbsent(rule, k -> new ArrayList<>()).add(new DocumentModel.Unjudged(l.shown(), reason));
            });
        }
        Map<String, DocumentModel.Judged> judged = new TreeMap<>();
        counts.forEach((rule, n) -> judged.put(rule, new DocumentModel.Judged(n[0], n[0] - n[1], n[1], n[2])));
        return new DocumentModel.TypeGroup(units, failing, judged, unjudged);
    }

    /** How many units fall in each bin of m² per 100 households; units without a value it can be computed from (missing, invalid, contradicted) in 未能核算. */
    static List<DocumentModel.Bin> distribution(List<UnitRows.Line> lines) {
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
        List<DocumentModel.Bin> out = new ArrayList<>();
        for (int i = 0; i <= SPACE_BINS.length; i++) {
            String label = i == 0 ? "<" + ChineseUsage.number(SPACE_BINS[0], 0)
                    : i == SPACE_BINS.length ? "≥" + ChineseUsage.number(SPACE_BINS[i - 1], 0)
                    : ChineseUsage.number(SPACE_BINS[i - 1], 0) + "–" + ChineseUsage.number(SPACE_BINS[i], 0);
            out.add(new DocumentModel.Bin(label, counts[i]));
        }
        if (counts[counts.length - 1] > 0) {
            out.add(new DocumentModel.Bin(Words.get("render.model.distribution.noData"), counts[counts.length - 1]));
        }
        return out;
    }
}
