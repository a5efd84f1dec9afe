package org.shequ.core.workspace;

import org.shequ.core.Words;
import org.shequ.core.schema.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.shequ.core.access.AccessJudge;
import org.shequ.core.aggregate.Aggregator;
import org.shequ.core.aggregate.Grouping;
import org.shequ.core.aggregate.Level;
import org.shequ.core.aggregate.Metrics;
import org.shequ.core.aggregate.ReportedTotals;
import org.shequ.core.aggregate.Reporting;
import org.shequ.core.aggregate.Row;
import org.shequ.core.aggregate.Targets;
import org.shequ.core.aggregate.YearFromParts;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.io.Location;
import org.shequ.core.rules.Indicators;
import org.shequ.core.rules.LevelRules;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.RecordListener;
import org.shequ.core.validate.Severity;
import org.shequ.core.validate.Validator;

/**
 * The communities added up by period and level in the plan's one pass ({@link Plan#aggregate}): the
 * levels asked for and those kept for targets, reported totals and documents, which period the run
 * is about, and what is judged of the levels (level rules, targets, reported totals).
 */
final class Aggregation {
    private final Plan plan;
    private final boolean zh;
    private final Kind communities;
    private final Indicators indicators;
    private final List<String> asked;
    private final List<String> kept;

    Aggregation(Plan plan, List<String> by, boolean zh) {
        this.plan = plan;
        this.zh = zh;
        this.communities = plan.dictionary().kind("communities").orElseThrow();
        Workspace ws = plan.workspace();
        this.indicators = Indicators.builtIn(ws == null ? List.of() : ws.indicators(),
                ws == null ? "indicators" : ws.dir().resolve(Workspace.FILE).toString());
        this.asked = by.stream().map(b -> b.trim().toLowerCase(Locale.ROOT)).distinct().toList();
        List<String> all = new ArrayList<>(asked);
        // targets are measured against townships, counties, cities and provinces, reported totals against townships and
        // counties, and a document's table lists the level just below the jurisdiction
        for (String needed : List.of("township", "county", "city", "province", Grouping.below(plan.settings().jurisdiction()))) {
            if (!all.contains(needed)) {
                all.add(needed);
            }
        }
        this.kept = List.copyOf(all);
    }

    DataPass.Aggregated run(Validator.Progress progress, List<RecordListener> more, Period select) {
        List<Grouping> groupings = kept.stream().map(b -> Grouping.of(b, communities)).toList();
        AccessJudge judge = new AccessJudge(plan.access());
        String code = plan.settings().jurisdiction();
        Aggregator aggregator = new Aggregator(communities, groupings, new Metrics(communities, indicators), DivisionRegistry.bundled(),
                judge, code);
        Targets targets = new Targets(plan.dictionary());
        ReportedTotals totals = new ReportedTotals(plan.dictionary());
        // a year asked for (--period, period:) that the inputs may hold only the quarters of
        Period wanted = select != null ? select : plan.settings().period();
        YearFromParts parts = wanted != null && wanted.isYear() ? new YearFromParts(communities, wanted) : null;
        List<RecordListener> listeners = new ArrayList<>(List.of(aggregator, targets, totals));
        if (parts != null) {
            listeners.add(parts);
        }
        listeners.addAll(more);
        DataPass.Outcome outcome = DataPass.of(plan).run(listeners, progress, judge);
        List<Finding> levelFindings = new ArrayList<>();
        Period period = current(select, aggregator.periods(), parts, levelFindings);
        Reporting reporting = outcome.reporting();
        YearFromParts.Made made = parts != null && parts.needed() && period.equals(wanted)
                ? madeOfParts(parts, aggregator, more, levelFindings) : null;
        List<Period> present = aggregator.periods();
        String totalName = totalName(code);
        // only the period a run is about is compared with the registry: an earlier one may have had other units
        Function<Period, List<Level>> result = p -> aggregator.result(p, code == null ? "total" : code,
                totalName, zh, Objects.equals(p, period) ? reporting : null);
        Map<Period, List<Level>> levels = new LinkedHashMap<>();
        for (Period p : select != null ? List.of(select) : present) {
            levels.put(p, result.apply(p));
        }
        levels.computeIfAbsent(period, result);
        if (reporting != null) {
            levelFindings.addAll(reporting.findings(period));
        }
        Map<Period, List<Level>> periods = new LinkedHashMap<>();
        levels.forEach((p, l) -> periods.put(p, l.subList(0, asked.size())));
        // each target against its own period's areas; next year's plan beside this year's actual
        List<Targets.Progress> progressed = targets.progress(
                p -> levels.containsKey(p) && (p == null || present.contains(p)) ? levels.get(p) : null, period, names());
        levelFindings.addAll(LevelRules.evaluate(plan.rules(), groups(periods.get(period), code)));
        levelFindings.addAll(targets.repeats());
        levelFindings.addAll(Targets.findings(progressed, period));
        levelFindings.addAll(targets.splits(progressed));
        levelFindings.addAll(totals.compare(p -> levels.containsKey(p) ? levels.get(p) : result.apply(p), aggregator.communityPeriods()));
        // with a filter the levels hold only the selected units: nothing is judged of them as levels, and
        // only the notes on which period the run is about are kept
        List<Finding> said = plan.where() == null ? levelFindings
                : levelFindings.stream().filter(f -> f.rule().equals(DataPass.PERIOD)).toList();
        return new DataPass.Aggregated(outcome.report().with(said), outcome.burden(), period, periods, levels, progressed, reporting, made);
    }

    /**
     * A year asked for that only its quarters (halves, months) hold: its flows added up where every part
     * is there, added to the sums and the listeners, and said in a note (the units that sent a part of it
     * are no units that sent nothing: Reporting.absent).
     */
    private YearFromParts.Made madeOfParts(YearFromParts parts, Aggregator aggregator, List<RecordListener> more, List<Finding> notes) {
        YearFromParts.Made made = parts.make();
        for (Record r : made.records()) {
            aggregator.accept(r);
            more.forEach(l -> l.accept(r));
        }
        notes.add(Finding.of(DataPass.PERIOD, Severity.INFO).at(Location.ofFile(plan.workspace() == null ? null : Workspace.FILE))
                .message("AGG-PERIOD.fromParts", made.year(), made.records().size(), String.join(Words.get("workspace.separator"), made.flows()), made.summed(),
                        made.incomplete()).build());
        return made;
    }

    /** The name of the total row: the jurisdiction's (data, the same in every language); with a filter, the selected units'. */
    private String totalName(String code) {
        String name = code == null ? null : DivisionRegistry.bundled().find(code).map(d -> d.name()).orElse(null);
        String total = name != null ? name : Words.get("workspace.total.name");
        return plan.where() == null ? total : Words.format("workspace.total.filtered", total);
    }

    /** The Chinese names of the metrics a target's indicator may be written as, by key. */
    private Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        communities.fields().forEach(f -> names.put(f.key(), f.label()));
        indicators.all().forEach(i -> names.put(i.key(), i.zh()));
        return names;
    }

    /**
     * The groups the level rules judge: the rows of the levels a rule names (rows are computed when
     * read, so only these are materialised), and the jurisdiction's total as its own level when no
     * level asked for is that one.
     */
    private List<LevelRules.Group> groups(List<Level> levels, String code) {
        Set<String> judgedLevels = new HashSet<>();
        plan.rules().rules().stream().filter(d -> d.level() && d.enabled()).forEach(d -> judgedLevels.add(d.doc().level));
        List<LevelRules.Group> groups = new ArrayList<>();
        for (Level l : levels) {
            if (judgedLevels.contains(l.by())) {
                l.rows().forEach(r -> groups.add(new LevelRules.Group(l.by(), r.code(), r.name(), r.metrics())));
            }
        }
        if (!levels.isEmpty() && code != null) {
            String totalLevel = switch (code.length()) {
                case 2 -> "province";
                case 4 -> "city";
                case 6 -> "county";
                case 9 -> "township";
                default -> "";
            };
            if (levels.stream().noneMatch(l -> l.by().equals(totalLevel))) {
                Row t = levels.get(0).total();
                groups.add(new LevelRules.Group(totalLevel, t.code(), t.name(), t.metrics()));
            }
        }
        return groups;
    }

    /**
     * The period documents and targets are about: the one asked for, else the workspace's, else
     * the latest in the inputs (said in an AGG-PERIOD note when there are several). A workspace
     * period the inputs do not hold is warned about.
     */
    private Period current(Period select, List<Period> present, YearFromParts parts, List<Finding> notes) {
        // (parts: null unless a year was asked for)
        List<Period> dated = present.stream().filter(Objects::nonNull).toList();
        Location where = Location.ofFile(plan.workspace() == null ? null : Workspace.FILE);
        if (select != null) {
            return select;
        }
        Period period = plan.settings().period();
        if (period != null) {
            if (!dated.isEmpty() && !dated.contains(period) && (parts == null || !parts.needed())) {
                notes.add(Finding.of(DataPass.PERIOD, Severity.WARNING).at(where)
                        .message("AGG-PERIOD.absent", period, dated).build());
            }
            return period;
        }
        if (dated.isEmpty()) {
            return null;
        }
        Period latest = dated.get(dated.size() - 1);
        if (dated.size() > 1) {
            notes.add(Finding.of(DataPass.PERIOD, Severity.INFO).at(where)
                    .message("AGG-PERIOD.latest", dated, latest).build());
        }
        return latest;
    }
}
