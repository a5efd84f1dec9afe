package org.shequ.core.render;

import org.shequ.core.schema.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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
import org.shequ.core.validate.checks.DataChecks;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Severity;
import java.util.AbstractList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.shequ.core.aggregate.Grouping;
import org.shequ.core.division.DivisionRegistry;

/**
 * Builds the data a template sees ({@link DocumentModel}, every name described in docs/documents.md's
 * "template model") from one run's results: the document's facts, the place and period, the summary
 * and findings, every aggregate level with its metrics, failing units and judged counts, the rules
 * with their sources and parameters, the targets with progress, the access burden, the units one by
 * one and the distribution of service space per 100 households.
 */
public final class ReportModel {
    /** What a document calls the group of units whose code is not in the registry. */
    static final String UNKNOWN_NAME = Words.get("render.model.unregistered.name");


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

    /** The model of one run's results; each document adds its own facts ({@link DocumentModel.Document#with}). */
    public static DocumentModel.Document of(Source s) {
        String whole = ChineseUsage.whole(s.placeName());
        DocumentModel.Place place = new DocumentModel.Place(s.placeCode(), s.placeName(), whole, ChineseUsage.own(s.placeName()));
        Period period = s.period();
        Map<String, List<DocumentModel.Row>> levels = new LinkedHashMap<>();
        Row unknown = null;
        for (Level l : s.levels()) {
            // units whose code is not in the registry are no township of a document's table: a note under it says so
            levels.put(l.by(), rows(l.registered(), l.by(), period));
            if (unknown == null) {
                unknown = l.unknown();
            }
        }
        List<UnitRows.Line> units = s.units();
        Tally tally = Tally.of(s.report(), s.rules().rules().stream().map(RuleDef::id).collect(java.util.stream.Collectors.toSet()));
        // the targets of the document's period, measured against its actuals; next year's beside this year's
        List<Targets.Progress> current = s.targets().stream()
                .filter(p -> p.target().period() == null || p.target().period().equals(period)).toList();
        List<Targets.Progress> next = s.targets().stream()
                .filter(p -> period != null && p.target().period() != null && p.target().period().equals(period.next())).toList();
        // a year as a number (templates count years: period + 1); a part of one as its text (2023Q1), its name in
        // period_label, its length in period_span (templates name it with period_name(period), period_end(period))
        return new DocumentModel.Document(s.doc(), place, value(period), period == null ? null : period.zh(),
                period == null ? null : period.span().name().toLowerCase(Locale.ROOT), s.title(), summary(s.report(), tally),
                unknown == null ? null : unregistered(unknown, units, s.parts()), levels, levels.get("township"),
                s.parts() == null ? null : rows(s.parts().registered(), s.parts().by(), period),
                s.parts() == null ? null : PART_NAMES.get(s.parts().by()),
                s.levels().isEmpty() ? null : row(s.levels().get(0).total(), "total", period),
                labels(s.communities(), s.indicators()), rules(s.rules(), tally.yearOnly()), findings(s.report(), s.messages()), tally.byRule(), tally.problemsByRule(), tally.uncheckedByRule(), tally.columnsMissingByRule(),
                targets(current), targets(next), burden(s.burden()), UnitModel.units(units, s.rules()),
                units.stream().filter(l -> !l.failed().isEmpty()).count(),
                // neither failing nor compliant: a rule that applies could not judge the unit (a value missing or invalid)
                units.stream().filter(l -> l.failed().isEmpty() && !l.unjudged().isEmpty()).count(),
                units.stream().filter(UnitRows.Line::passed).count(), UNITS_LISTED,
                Map.of("urban", UnitModel.byType(units, true), "rural", UnitModel.byType(units, false)),
                Map.of("service_area_per_100", UnitModel.distribution(units)),
                s.diff() == null ? null : DiffModel.diff(s.diff(), s.levels(), s.communities()), history(s.history()), null);
    }

    /** The units whose code is not in the registry: counted in the total, in no level's rows, named in a note. */
    private static DocumentModel.Unregistered unregistered(Row unknown, List<UnitRows.Line> units, Level parts) {
        List<String> names = units.stream()
                .filter(u -> u.code() == null || !DivisionRegistry.bundled().contains(u.code()))
                .map(UnitRows.Line::shown).toList();
        return new DocumentModel.Unregistered(unknown.units(), names,
                Words.format("render.model.unregistered.note", unknown.units(), String.join(Words.get("render.model.separator"), names),
                        PART_NAMES.getOrDefault(parts == null ? "township" : parts.by(), Words.get("render.model.part.township"))));
    }

    /** A period as a template sees it: a year as a number, a part of one as its text; null for none. */
    static Object value(Period p) {
        return p == null ? null : p.value();
    }

    /** The earlier periods of the inputs, oldest first: each one's period, total and township rows. */
    private static List<DocumentModel.History> history(Map<Period, List<Level>> history) {
        List<DocumentModel.History> out = new ArrayList<>();
        history.forEach((period, levels) -> out.add(new DocumentModel.History(value(period), period.zh(),
                levels.isEmpty() ? null : row(levels.get(0).total(), "total", period),
                levels.stream().filter(l -> l.by().equals("township")).findFirst().map(l -> rows(l.rows(), l.by(), period)).orElse(null))));
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
    private static List<DocumentModel.Row> rows(List<Row> rows, String level, Period period) {
        return whenRead(rows, r -> row(r, level, period));
    }

    /** The items as a template sees them, each made by {@code as} when it is read, never all at once. */
    static <T, R> List<R> whenRead(List<T> items, Function<T, R> as) {
        return new AbstractList<>() {
            @Override
            public R get(int i) {
                return as.apply(items.get(i));
            }

            @Override
            public int size() {
                return items.size();
            }
        };
    }

    private static DocumentModel.Summary summary(Report r, Tally t) {
        var s = r.summary();
        return new DocumentModel.Summary(s.files(), s.records(), s.error(), s.warning(), s.info(), s.suppressed(), t.dataErrors(),
                t.dataDoubts());
    }

    /** The findings counted by rule, their errors and warnings by rule, and those {@link #aboutTheData about the data}: one pass. */
    private record Tally(Map<String, Long> byRule, Map<String, Long> problemsByRule, Map<String, Long> uncheckedByRule,
                         Map<String, Long> columnsMissingByRule, long dataErrors, long dataDoubts, Set<String> yearOnly) {
        /** {@code packs}: the rule packs' rule IDs (AGG-COVERAGE is a standard of a level, not a check of the data). */
        static Tally of(Report r, Set<String> packs) {
            Map<String, Long> byRule = new TreeMap<>();
            Map<String, Long> problems = new TreeMap<>();
            Map<String, Long> unchecked = new TreeMap<>();
            Map<String, Long> noColumn = new TreeMap<>();
            Set<String> yearOnly = new TreeSet<>();
            long errors = 0;
            long doubts = 0;
            for (Finding f : r.findings()) {
                byRule.merge(f.rule(), 1L, Long::sum);
                boolean problem = f.severity() == Severity.ERROR || f.severity() == Severity.WARNING;
                if (problem && FAILED.equals(f.messageKey())) {
                    problems.merge(f.rule(), 1L, Long::sum); // a rule's failure, not a column it lacked or a value it could not compute
                }
                if (UNCHECKED.contains(f.messageKey())) {
                    unchecked.merge(f.rule(), 1L, Long::sum);
                } else if (NO_COLUMN.equals(f.messageKey())) {
                    noColumn.merge(f.rule(), 1L, Long::sum);
                } else if (PART_OF_YEAR.equals(f.messageKey())) {
                    yearOnly.add(f.rule()); // a threshold on a year's flow did not apply to a quarter's rows
                }
                if (problem && !packs.contains(f.rule()) && aboutTheData(f.rule())) {
                    errors += f.severity() == Severity.ERROR ? 1 : 0;
                    doubts += f.severity() == Severity.WARNING ? 1 : 0;
                }
            }
            return new Tally(byRule, problems, unchecked, noColumn, errors, doubts, yearOnly);
        }
    }

    /** The message key of a pack rule's finding that a unit (a person, a level) fails it. */
    private static final String FAILED = "rule.message";
    /** The message keys of a pack rule's findings that it could not judge a unit: a value missing, invalid, contradicted, 0 where it divides. */
    private static final Set<String> UNCHECKED = Set.of("rule.notChecked", "rule.notCheckedContradicted", "rule.notCheckedContradictedPair",
            "rule.zero", "rule.undefined", "rule.notBoolean");
    /** The message key of a pack rule's note that it does not apply to rows of part of a year (a year's flow). */
    private static final String PART_OF_YEAR = "rule.partOfYear";
    /** The message key of a pack rule's finding that a file lacks a column it needs (one a file). */
    private static final String NO_COLUMN = "rule.columnMissing";

    /**
     * Whether a rule checks the data themselves: the built-in checks (DATA-…, STAFF-COUNT) and the
     * aggregate's (AGG-…), the lists of units that sent nothing excepted; a rule pack's standard is
     * left out by the caller.
     */
    static boolean aboutTheData(String rule) {
        return rule != null && (DataChecks.IDS.contains(rule) || rule.startsWith("DATA-") || rule.startsWith("AGG-"))
                && !rule.equals("DATA-UNREPORTED");
    }

    /** A row as a template sees it; {@code level} (township … or total) and {@code period} say what its figures are of. */
    static DocumentModel.Row row(Row r, String level, Period period) {
        Map<String, DocumentModel.Judged> judged = new LinkedHashMap<>();
        r.judged().forEach((rule, j) -> judged.put(rule, new DocumentModel.Judged(j.units(), j.passed(), j.failed(), j.unjudged())));
        String name = Grouping.UNKNOWN.equals(r.code()) ? UNKNOWN_NAME : r.name();
        Map<String, String> unreported = new LinkedHashMap<>();
        r.missing().forEach((key, n) -> unreported.put(key, Words.format("render.model.unreported", n)));
        // the units that failed any rule, each once: rule by rule, each rule's in code order
        Set<String> failingUnits = new LinkedHashSet<>();
        r.failing().values().forEach(failingUnits::addAll);
        return new DocumentModel.Row(r.code(), name, level, value(period), r.units(), r.expected(), r.absent(), r.metrics(),
                r.failing(), List.copyOf(failingUnits), judged, r.missing(), unreported, r.unjudged(), r.unjudgedOnly());
    }

    private static Map<String, DocumentModel.Label> labels(Kind communities, Indicators indicators) {
        Map<String, DocumentModel.Label> out = new LinkedHashMap<>();
        communities.fields().forEach(f -> out.put(f.key(), new DocumentModel.Label(f.label(), f.en(), f.unit() == null ? "" : f.unit())));
        indicators.all().forEach(i -> out.put(i.key(), new DocumentModel.Label(i.zh(), i.en(), i.unit() == null ? "" : i.unit())));
        return out;
    }

    /** {@code yearOnly}: the rules that did not apply to this run's rows, being of part of a year. */
    private static Map<String, DocumentModel.Rule> rules(RuleSet rules, Set<String> yearOnly) {
        Map<String, DocumentModel.Rule> out = new TreeMap<>();
        for (RuleDef r : rules.rules()) {
            PackDoc.SourceDoc src = r.source();
            DocumentModel.RuleSource source = src == null ? new DocumentModel.RuleSource(null, null, null, null)
                    : new DocumentModel.RuleSource(src.title, src.number, src.date, src.issuer);
            out.put(r.id(), new DocumentModel.Rule(r.id(), r.title().zh(), r.title().en(), r.severity().name().toLowerCase(Locale.ROOT),
                    source, r.clause(), r.params() == null ? Map.of() : r.params(), r.enabled(), r.level() ? "level" : r.on(),
                    yearOnly.contains(r.id())));
        }
        return out;
    }

    /** The most findings a document's model lists (a document cites some; all are counted in findings_by_rule). */
    static final int MODEL_FINDINGS = 2_000;

    private static List<DocumentModel.FindingItem> findings(Report r, Messages messages) {
        List<DocumentModel.FindingItem> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (out.size() == MODEL_FINDINGS) {
                break;
            }
            out.add(new DocumentModel.FindingItem(f.rule(), f.severity().name().toLowerCase(Locale.ROOT), f.location().file(),
                    f.location().sheet(), f.location().line(), f.location().field(), f.unit(), f.unitName(),
                    messages.format(f.messageKey(), f.args()), FAILED.equals(f.messageKey())));
        }
        return out;
    }


    private static List<DocumentModel.Target> targets(List<Targets.Progress> progress) {
        List<DocumentModel.Target> out = new ArrayList<>();
        for (Targets.Progress p : progress) {
            Targets.Target t = p.target();
            out.add(new DocumentModel.Target(p.township() == null ? t.township() : p.township().name(),
                    p.township() == null ? null : p.township().code(), t.indicator(), p.metric(), t.target(), p.actual(),
                    p.progress(), p.remaining(), t.due() == null ? null : t.due().toString(), t.note(),
                    value(t.period()), value(p.actualPeriod()), p.current(), p.met(), p.unreported(), p.partial()));
        }
        return out;
    }

    private static DocumentModel.Burden burden(Burden b) {
        if (b == null || b.byCommunity().isEmpty()) {
            return new DocumentModel.Burden(0L, 0L, 0L, 0.0, List.of(), List.of());
        }
        long tasks = 0;
        long notAllowed = 0;
        long certificates = 0;
        for (Burden.Counts c : b.byCommunity().values()) {
            tasks += c.tasks();
            notAllowed += c.notAllowed();
            certificates += c.certificates();
        }
        return new DocumentModel.Burden(tasks, notAllowed, certificates, tasks == 0 ? 0.0 : (double) notAllowed / tasks,
                counts(b.byDepartment()), counts(b.byCommunity()));
    }

    private static List<DocumentModel.BurdenCount> counts(Map<String, Burden.Counts> byName) {
        List<DocumentModel.BurdenCount> out = new ArrayList<>();
        byName.forEach((name, c) -> out.add(new DocumentModel.BurdenCount(name, c.tasks(), c.notAllowed(), c.certificates(), c.share())));
        return out;
    }
}
