package org.shequ.core.render;

import org.shequ.core.schema.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shequ.core.Messages;
import org.shequ.core.Vocabulary;
import org.shequ.core.Words;
import org.shequ.core.access.Burden;
import org.shequ.core.aggregate.Diff;
import org.shequ.core.rules.Indicators;
import org.shequ.core.aggregate.Level;
import org.shequ.core.aggregate.Row;
import org.shequ.core.aggregate.Targets;
import org.shequ.core.rules.PackDoc;
import org.shequ.core.rules.RuleDef;
import org.shequ.core.rules.RuleSet;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;
import java.util.AbstractList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.shequ.core.aggregate.Grouping;
import org.shequ.core.division.DivisionRegistry;

/**
 * The data a template sees, as plain maps, lists, texts and numbers (docs/documents.md's "template
 * model" lists every key): the document's facts, the place and period, the summary and findings,
 * every aggregate level with its metrics, failing units and judged counts, the rules with their
 * sources and parameters, the targets with progress, the access burden, the units one by one and
 * the distribution of service space per 100 households.
 */
public final class ReportModel {
    /** What a document calls the group of units whose code is not in the registry. */
    static final String UNKNOWN_NAME = Words.get("render.model.unregistered.name");

    /** The word a place's whole starts with as ChineseUsage.whole writes it (全县), which "our" replaces (我县). */
    @Vocabulary("the prefix 全 (whole) of a place as ChineseUsage.whole writes it, as a pattern")
    private static final String WHOLE_PREFIX = "^全";

    /** Everything a model is made of: one run's results and the workspace's facts. */
    public record Source(Map<String, Object> doc, String placeCode, String placeName, Period period, String title,
                         Report report, List<Level> levels, List<Targets.Progress> targets, Burden burden,
                         RuleSet rules, List<UnitRows.Line> units, Kind communities, Indicators indicators,
                         Messages messages, Diff.Result diff, Map<Period, List<Level>> history, Level parts) {

        public Source {
            history = history == null ? Map.of() : history;
        }
    }

    private ReportModel() {
    }

    public static Map<String, Object> of(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", s.doc());
        m.put("place", map("code", s.placeCode(), "name", s.placeName(), "whole", ChineseUsage.whole(s.placeName()),
                "own", ChineseUsage.whole(s.placeName()).replaceFirst(WHOLE_PREFIX, Words.get("render.model.place.own"))));
        // a year as a number (templates count years: period + 1); a part of one as its text (2023Q1), its name in
        // period_label, its length in period_span (templates name it with period_name(period), period_end(period))
        m.put("period", value(s.period()));
        m.put("period_label", s.period() == null ? null : s.period().zh());
        m.put("period_span", s.period() == null ? null : s.period().span().name().toLowerCase(Locale.ROOT));
        m.put("title", s.title());
        m.put("summary", summary(s.report()));
        levels(m, s);
        m.put("labels", labels(s.communities(), s.indicators()));
        m.put("rules", rules(s.rules()));
        m.put("findings", findings(s.report(), s.messages()));
        m.put("findings_by_rule", byRule(s.report()));
        // the targets of the document's period, measured against its actuals; next year's beside this year's
        m.put("targets", targets(s.targets().stream()
                .filter(p -> p.target().period() == null || p.target().period().equals(s.period())).toList()));
        m.put("targets_next", targets(s.targets().stream()
                .filter(p -> s.period() != null && p.target().period() != null && p.target().period().equals(s.period().next())).toList()));
        m.put("burden", burden(s.burden()));
        UnitModel.put(m, s.units(), s.rules());
        if (s.diff() != null) {
            m.put("diff", DiffModel.diff(s.diff(), s.levels()));
        }
        m.put("history", history(s.history()));
        return m;
    }

    /** The levels' rows (registered units' groups), the units whose code is not registered, the parts and the total. */
    private static void levels(Map<String, Object> m, Source s) {
        Map<String, Object> levels = new LinkedHashMap<>();
        Row unknown = null;
        for (Level l : s.levels()) {
            // units whose code is not in the registry are no township of a document's table: a note under it says so
            levels.put(l.by(), rows(l.registered(), l.by(), s.period()));
            if (unknown == null) {
                unknown = l.unknown();
            }
        }
        if (unknown != null) {
            List<String> names = s.units().stream()
                    .filter(u -> u.code() == null || !DivisionRegistry.bundled().contains(u.code()))
                    .map(UnitRows.Line::shown).toList();
            m.put("unregistered", map("units", unknown.units(), "names", names,
                    "note", Words.format("render.model.unregistered.note", unknown.units(), String.join(Words.get("render.model.separator"), names),
                            PART_NAMES.getOrDefault(s.parts() == null ? "township" : s.parts().by(), Words.get("render.model.part.township")))));
        }
        m.put("levels", levels);
        if (levels.containsKey("township")) {
            m.put("townships", levels.get("township"));
        }
        if (s.parts() != null) {
            m.put("parts", rows(s.parts().registered(), s.parts().by(), s.period()));
            m.put("parts_label", PART_NAMES.get(s.parts().by()));
        }
        if (!s.levels().isEmpty()) {
            m.put("total", row(s.levels().get(0).total(), "total", s.period()));
        }
    }

    /** A period as a template sees it: a year as a number, a part of one as its text; null for none. */
    static Object value(Period p) {
        return p == null ? null : p.value();
    }

    /** The earlier periods of the inputs, oldest first: each one's period, total and township rows. */
    private static List<Object> history(Map<Period, List<Level>> history) {
        List<Object> out = new ArrayList<>();
        history.forEach((period, levels) -> {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("period", value(period));
            h.put("period_label", period.zh());
            if (!levels.isEmpty()) {
                h.put("total", row(levels.get(0).total(), "total", period));
            }
            levels.stream().filter(l -> l.by().equals("township")).findFirst()
                    .ifPresent(l -> h.put("townships", rows(l.rows(), l.by(), period)));
            out.add(h);
        });
        return out;
    }

    /**
     * The most units a bundled document lists one by one (about a prefecture-level city): a table of a
     * province's or the country's units is no document (a national one does not fit the heap); the
     * compliance table then says so and keeps its level table.
     */
    static final long UNITS_LISTED = 20_000;

    /** What a document calls the rows of each division level, in a table's head and notes. */
    static final Map<String, String> PART_NAMES = Map.of("township", Words.get("render.model.part.township"),
            "county", Words.get("render.model.part.county"), "city", Words.get("render.model.part.city"),
            "province", Words.get("render.model.part.province"));

    /** A level's rows as a template sees them, each made when read: a national level is never held whole. */
    private static List<Object> rows(List<Row> rows, String level, Period period) {
        return whenRead(rows, r -> row(r, level, period));
    }

    /** The items as a template sees them, each made by {@code as} when it is read, never all at once. */
    static <T> List<Object> whenRead(List<T> items, Function<T, Object> as) {
        return new AbstractList<>() {
            @Override
            public Object get(int i) {
                return as.apply(items.get(i));
            }

            @Override
            public int size() {
                return items.size();
            }
        };
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }

    private static Map<String, Object> summary(Report r) {
        var s = r.summary();
        return map("files", s.files(), "records", s.records(), "error", s.error(), "warning", s.warning(),
                "info", s.info(), "suppressed", s.suppressed());
    }

    /** A row as a template sees it; {@code level} (township … or total) and {@code period} say what its figures are of. */
    static Map<String, Object> row(Row r, String level, Period period) {
        Map<String, Object> judged = new LinkedHashMap<>();
        r.judged().forEach((rule, j) -> judged.put(rule, map("units", j.units(), "passed", j.passed(), "failed", j.failed(),
                "unjudged", j.unjudged())));
        String name = Grouping.UNKNOWN.equals(r.code()) ? UNKNOWN_NAME : r.name();
        Map<String, Object> unreported = new LinkedHashMap<>();
        r.missing().forEach((key, n) -> unreported.put(key, Words.format("render.model.unreported", n)));
        // the units that failed any rule, each once: rule by rule, each rule's in code order
        Set<String> failingUnits = new LinkedHashSet<>();
        r.failing().values().forEach(failingUnits::addAll);
        return map("code", r.code(), "name", name, "level", level, "period", value(period), "units", r.units(),
                "expected", r.expected(), "absent", r.absent(), "m", r.metrics(),
                "failing", r.failing(), "failing_units", List.copyOf(failingUnits), "judged", judged, "missing", r.missing(),
                "unreported", unreported, "unjudged", r.unjudged());
    }

    private static Map<String, Object> labels(Kind communities, Indicators indicators) {
        Map<String, Object> out = new LinkedHashMap<>();
        communities.fields().forEach(f -> out.put(f.key(), map("zh", f.label(), "en", f.en(), "unit", f.unit() == null ? "" : f.unit())));
        indicators.all().forEach(i -> out.put(i.key(), map("zh", i.zh(), "en", i.en(), "unit", i.unit() == null ? "" : i.unit())));
        return out;
    }

    private static Map<String, Object> rules(RuleSet rules) {
        Map<String, Object> out = new TreeMap<>();
        for (RuleDef r : rules.rules()) {
            PackDoc.SourceDoc src = r.source();
            Map<String, Object> source = src == null ? Map.of()
                    : map("title", src.title, "number", src.number, "date", src.date, "issuer", src.issuer);
            out.put(r.id(), map("id", r.id(), "title", r.title().zh(), "title_en", r.title().en(),
                    "severity", r.severity().name().toLowerCase(Locale.ROOT), "source", source,
                    "clause", r.clause(), "params", r.params() == null ? Map.of() : r.params(), "enabled", r.enabled()));
        }
        return out;
    }

    /** The most findings a document's model lists (a document cites some; all are counted in findings_by_rule). */
    static final int MODEL_FINDINGS = 2_000;

    private static List<Object> findings(Report r, Messages messages) {
        List<Object> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (out.size() == MODEL_FINDINGS) {
                break;
            }
            out.add(map("rule", f.rule(), "severity", f.severity().name().toLowerCase(Locale.ROOT),
                    "file", f.location().file(), "sheet", f.location().sheet(), "line", f.location().line(),
                    "field", f.location().field(), "unit", f.unit(), "unit_name", f.unitName(),
                    "message", messages.format(f.messageKey(), f.args())));
        }
        return out;
    }

    private static Map<String, Object> byRule(Report r) {
        Map<String, Object> out = new TreeMap<>();
        for (Finding f : r.findings()) {
            out.merge(f.rule(), 1L, (a, b) -> (Long) a + 1);
        }
        return out;
    }

    private static List<Object> targets(List<Targets.Progress> progress) {
        List<Object> out = new ArrayList<>();
        for (Targets.Progress p : progress) {
            Targets.Target t = p.target();
            out.add(map("township", p.township() == null ? t.township() : p.township().name(),
                    "code", p.township() == null ? null : p.township().code(),
                    "indicator", t.indicator(), "metric", p.metric(), "target", t.target(), "actual", p.actual(),
                    "progress", p.progress(), "remaining", p.remaining(),
                    "due", t.due() == null ? null : t.due().toString(), "note", t.note(),
                    "period", value(t.period()), "actual_period", value(p.actualPeriod()), "current", p.current(), "met", p.met(),
                    "unreported", p.unreported()));
        }
        return out;
    }

    private static Map<String, Object> burden(Burden b) {
        if (b == null || b.byCommunity().isEmpty()) {
            return map("tasks", 0L, "not_allowed", 0L, "certificates", 0L, "share", 0.0,
                    "by_department", List.of(), "by_community", List.of());
        }
        long tasks = 0;
        long notAllowed = 0;
        long certificates = 0;
        for (Burden.Counts c : b.byCommunity().values()) {
            tasks += c.tasks();
            notAllowed += c.notAllowed();
            certificates += c.certificates();
        }
        return map("tasks", tasks, "not_allowed", notAllowed, "certificates", certificates,
                "share", tasks == 0 ? 0.0 : (double) notAllowed / tasks,
                "by_department", counts(b.byDepartment()), "by_community", counts(b.byCommunity()));
    }

    private static List<Object> counts(Map<String, Burden.Counts> byName) {
        List<Object> out = new ArrayList<>();
        byName.forEach((name, c) -> out.add(map("name", name, "tasks", c.tasks(), "not_allowed", c.notAllowed(),
                "certificates", c.certificates(), "share", c.share())));
        return out;
    }

}
