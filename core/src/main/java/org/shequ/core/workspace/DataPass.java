package org.shequ.core.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shequ.core.access.AccessChecks;
import org.shequ.core.access.AccessJudge;
import org.shequ.core.access.Burden;
import org.shequ.core.aggregate.Level;
import org.shequ.core.aggregate.Reporting;
import org.shequ.core.aggregate.Targets;
import org.shequ.core.aggregate.YearFromParts;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.schema.Period;
import org.shequ.core.validate.Check;
import org.shequ.core.validate.RecordListener;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Validator;
import org.shequ.core.validate.checks.DataChecks;
import org.shequ.core.rules.Where;

/**
 * One streaming pass over a plan's files: validated, the access burden counted, with a jurisdiction
 * its units that reported known, and, asked for, the communities added up ({@link Aggregation}).
 */
public final class DataPass {
    private final Plan plan;

    private DataPass(Plan plan) {
        this.plan = plan;
    }

    public static DataPass of(Plan plan) {
        return new DataPass(plan);
    }

    /**
     * What one pass produced: the findings, the access burden counted on the way, and which of the
     * jurisdiction's registered units reported ({@code reporting}: null without a jurisdiction).
     */
    public record Outcome(Report report, Burden burden, Reporting reporting) {
    }

    /** Validates every file of the plan in one streaming pass, counting the access burden. */
    public Outcome run(List<RecordListener> listeners, Validator.Progress progress) {
        return run(listeners, progress, new AccessJudge(plan.access()));
    }

    Outcome run(List<RecordListener> listeners, Validator.Progress progress, AccessJudge judge) {
        Burden burden = new Burden(judge, plan.settings().jurisdiction());
        List<RecordListener> all = new ArrayList<>(listeners);
        all.add(burden);
        Where where = plan.where();
        Reporting reporting = plan.scope() == null || where != null ? null : new Reporting(plan.scope(), DivisionRegistry.bundled());
        if (reporting != null) {
            all.add(reporting);
        }
        Report report = new Validator(plan.dictionary(), DivisionRegistry.bundled(), plan.settings(), () -> checks(judge))
                .validate(plan.files(), where == null ? all : List.of(where.before(all)), progress);
        return new Outcome(where == null ? report : where.select(report), burden, reporting);
    }

    /**
     * One pass that also adds the communities up, each period on its own: the findings (level
     * rules included), the period the documents and targets are about ({@code period}), and the
     * levels of every period read ({@code periods}, in order; only the selected one when a period
     * was asked for), each as asked, with the township and county levels kept for targets and
     * reported totals ({@code kept}); {@code fromParts} when the current period is a year made from its
     * quarters (null otherwise).
     */
    public record Aggregated(Report report, Burden burden, Period period, Map<Period, List<Level>> periods,
                             Map<Period, List<Level>> kept, List<Targets.Progress> targets, Reporting reporting,
                             YearFromParts.Made fromParts) {

        /** A level of the current period by its name, among those asked for and those kept for documents; null when none. */
        public Level kept(String by) {
            List<Level> all = kept.get(period);
            return all == null ? null : all.stream().filter(l -> l.by().equals(by)).findFirst().orElse(null);
        }

        /** The levels of the current period. */
        public List<Level> levels() {
            return periods.get(period);
        }

        /** Every period's levels, period after period: what aggregate writes. */
        public List<Level> all() {
            List<Level> out = new ArrayList<>();
            periods.values().forEach(out::addAll);
            return out;
        }

        /** The earlier periods of the inputs (before the current one), in order, with their kept levels. */
        public Map<Period, List<Level>> history() {
            Map<Period, List<Level>> out = new LinkedHashMap<>();
            kept.forEach((p, levels) -> {
                if (p != null && period != null && p.span() == period.span() && p.compareTo(period) < 0) {
                    out.put(p, levels);
                }
            });
            return out;
        }
    }

    public Aggregated aggregate(List<String> by, Validator.Progress progress, boolean zh) {
        return aggregate(by, progress, zh, List.of(), null);
    }

    /**
     * As {@link #aggregate(List, Validator.Progress, boolean)}, with more listeners in the same pass;
     * {@code select}, when not null, is the only period aggregated and written ({@link Aggregation}).
     */
    public Aggregated aggregate(List<String> by, Validator.Progress progress, boolean zh, List<RecordListener> more, Period select) {
        return new Aggregation(plan, by, zh).run(progress, more, select);
    }

    /** The rule of notes about which period a run is about. */
    public static final String PERIOD = "AGG-PERIOD";

    /**
     * Validates every file; with a jurisdiction, its registered units that sent nothing in the
     * period (the workspace's or {@code --period}, else the latest read) are reported too.
     */
    public Report validate(List<RecordListener> listeners, Validator.Progress progress) {
        return validated(listeners, progress).report();
    }

    /**
     * What validation found, and with a jurisdiction which of its units reported in {@code period}
     * (the workspace's or {@code --period}, else the latest read; {@code reporting} null without one).
     */
    public record Validated(Report report, Reporting reporting, Period period) {
    }

    /** As {@link #validate}, with which of the jurisdiction's units reported. */
    public Validated validated(List<RecordListener> listeners, Validator.Progress progress) {
        Outcome o = run(listeners, progress);
        if (o.reporting() == null) {
            return new Validated(o.report(), null, plan.settings().period());
        }
        Period period = plan.settings().period() != null ? plan.settings().period() : o.reporting().latest();
        return new Validated(o.report().with(o.reporting().findings(period)), o.reporting(), period);
    }

    /** Fresh checks for a run: the DATA checks, then the rules in force. */
    private List<Check> checks(AccessJudge judge) {
        List<Check> all = new ArrayList<>(DataChecks.all());
        all.addAll(plan.rules().checks());
        if (!plan.access().isEmpty() || !plan.access().problems().isEmpty()) {
            all.addAll(AccessChecks.all(plan.access(), judge));
        }
        return all;
    }
}
