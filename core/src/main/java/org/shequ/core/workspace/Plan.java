package org.shequ.core.workspace;

import org.shequ.core.schema.Period;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shequ.core.Problem;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.io.ReadLimits;
import org.shequ.core.io.SourceFile;
import org.shequ.core.rules.Indicators;
import org.shequ.core.aggregate.Level;
import org.shequ.core.aggregate.Targets;
import org.shequ.core.aggregate.YearFromParts;
import org.shequ.core.aggregate.Reporting;
import java.util.Map;
import org.shequ.core.access.AccessCatalog;
import org.shequ.core.access.AccessChecks;
import org.shequ.core.access.AccessJudge;
import org.shequ.core.access.AccessLoader;
import org.shequ.core.access.Burden;
import org.shequ.core.rules.RuleSet;
import org.shequ.core.rules.Where;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.RecordListener;
import org.shequ.core.validate.Settings;
import org.shequ.core.validate.Validator;
import org.shequ.core.validate.checks.DataChecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.LinkedHashMap;
import org.shequ.core.io.OutputGuard;
import org.shequ.core.validate.Check;

/**
 * What one run reads and with which dictionary, settings, rules and access lists: a workspace
 * (a folder with shequ.yaml) or loose files and folders. {@code validate} and {@code run} both
 * start here.
 */
public record Plan(Workspace workspace, List<SourceFile> files, Dictionary dictionary, Settings settings, RuleSet rules,
                   AccessCatalog access, String scope, Where where) {

    public Plan(Workspace workspace, List<SourceFile> files, Dictionary dictionary, Settings settings, RuleSet rules,
                AccessCatalog access, String scope) {
        this(workspace, files, dictionary, settings, rules, access, scope, null);
    }

    /**
     * The same plan reading only the records {@code expression} selects ({@code --where}; none when
     * null or blank): with a filter the units expected are not known, so nothing is compared with the
     * registry and no level rule, target or reported total is judged ({@link Where}).
     */
    public Plan where(String expression) {
        if (expression == null || expression.isBlank()) {
            return this;
        }
        return new Plan(workspace, files, dictionary, settings, rules, access, scope, Where.parse(expression, dictionary));
    }

    /**
     * Options from the command line that override the workspace. {@code rules}, when not
     * empty, replace the workspace's rule packs.
     */
    public record Overrides(Charset encoding, String kind, List<String> sheets, Period period, List<String> rules,
                            String jurisdiction) {
        public static final Overrides NONE = new Overrides(null, null, List.of(), null, List.of(), null);

        public Overrides {
            rules = rules == null ? List.of() : List.copyOf(rules);
            sheets = sheets == null ? List.of() : List.copyOf(sheets);
        }
    }

    public static Plan of(List<Path> paths, List<String> given, Overrides o) {
        Dictionary base = Dictionary.builtIn();
        if (o.kind() != null && base.kind(o.kind()).isEmpty()) {
            throw new Problem("option.kind", o.kind(), String.join(", ", base.kinds().stream().map(Object::toString).toList()));
        }
        if (paths.size() == 1 && Workspace.isWorkspace(paths.get(0))) {
            Workspace ws = Workspace.load(paths.get(0));
            List<SourceFile> files = Inputs.of(ws).stream().map(f -> override(f, o)).toList();
            Period period = o.period() != null ? o.period() : ws.period();
            Dictionary dictionary = ws.dictionary(base);
            Indicators indicators = Indicators.builtIn(ws.indicators(), ws.dir().resolve(Workspace.FILE).toString());
            RuleSet rules = RuleSet.resolve(o.rules().isEmpty() ? ws.rules() : o.rules(), ws.overrides(),
                    ws.dir().resolve(Workspace.FILE).toString(), ws.dir(), dictionary, indicators.derived());
            List<SourceFile> lists = ws.access().stream()
                    .map(a -> SourceFile.of(ws.dir().resolve(a), a))
                    .peek(f -> {
                        if (!Files.isRegularFile(f.path())) {
                            throw new Problem("input.missing", f.name());
                        }
                    }).toList();
            AccessCatalog access = lists.isEmpty() ? AccessCatalog.empty()
                    : new AccessLoader(dictionary, ReadLimits.DEFAULT).load(lists);
            List<SourceFile> data = ordered(files.stream()
                    .filter(f -> lists.stream().noneMatch(l -> l.path().normalize().equals(f.path().normalize()))).toList());
            String jurisdiction = o.jurisdiction() != null ? Workspace.jurisdiction(o.jurisdiction()) : null;
            boolean national = o.jurisdiction() != null ? jurisdiction == null : ws.national();
            if (o.jurisdiction() == null) {
                jurisdiction = ws.jurisdiction();
            }
            return new Plan(ws, data, dictionary,
                    new Settings(period, jurisdiction, ReadLimits.DEFAULT, ws.suppressions()), rules, access,
                    national ? "" : jurisdiction);
        }
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            Inputs.of(paths.get(i), given.get(i)).stream().map(f -> override(f, o)).forEach(files::add);
        }
        files = ordered(files);
        RuleSet rules = RuleSet.resolve(o.rules(), Map.of(), "", Path.of(""), base);
        String jurisdiction = o.jurisdiction() == null ? null : Workspace.jurisdiction(o.jurisdiction());
        String scope = o.jurisdiction() == null ? null : jurisdiction == null ? "" : jurisdiction;
        return new Plan(null, files, base, new Settings(o.period(), jurisdiction, ReadLimits.DEFAULT), rules, AccessCatalog.empty(),
                scope);
    }

    /**
     * The files in the order they are read: by name (then path, then sheets), whatever the order they
     * were given in. When a unit appears in two files of one period, the row that counts is the one
     * read first (DATA-DUPLICATE names it): so which row counts never depends on the order of the
     * arguments or of shequ.yaml's inputs.
     */
    private static List<SourceFile> ordered(List<SourceFile> files) {
        List<SourceFile> out = new ArrayList<>(files);
        out.sort(Comparator.comparing(SourceFile::name).thenComparing(f -> f.path().toString())
                .thenComparing(f -> String.join("\u0000", f.sheets())));
        return List.copyOf(out);
    }

    private static SourceFile override(SourceFile f, Overrides o) {
        return new SourceFile(f.path(), f.name(),
                !o.sheets().isEmpty() ? o.sheets() : f.sheets(),
                o.encoding() != null ? o.encoding() : f.encoding(),
                o.kind() != null ? o.kind() : f.kind());
    }

    /**
     * The same plan without comparing the units with the registry: for a previous period (a
     * {@code previous:} workspace), which the 2023 registry does not describe.
     */
    public Plan unscoped() {
        return new Plan(workspace, files, dictionary, settings, rules, access, null, where);
    }

    /** Fresh checks for a run: the DATA checks, then the rules in force. */
    private List<Check> checks(AccessJudge judge) {
        List<Check> all = new ArrayList<>(DataChecks.all());
        all.addAll(rules.checks());
        if (!access.isEmpty() || !access.problems().isEmpty()) {
            all.addAll(AccessChecks.all(access, judge));
        }
        return all;
    }

    /** What this run reads and no output may replace: data, shequ.yaml, rule packs, access lists, templates. */
    public List<Path> inputs() {
        List<Path> out = new ArrayList<>();
        files.forEach(f -> out.add(f.path()));
        rules.files().forEach(f -> out.add(Path.of(f)));
        if (workspace != null) {
            out.add(workspace.dir().resolve(Workspace.FILE));
            workspace.access().forEach(a -> out.add(workspace.dir().resolve(a)));
            if (Files.isDirectory(workspace.templates())) {
                try (var s = Files.list(workspace.templates())) {
                    s.forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    /** Refuses, before anything is read, an output that would replace one of the run's inputs. */
    public void guard(Path output) {
        OutputGuard.guard(output, inputs());
    }

    public Optional<Workspace> workspaceIfAny() {
        return Optional.ofNullable(workspace);
    }

    /**
     * What one pass produced: the findings, the access burden counted on the way, and which of the
     * jurisdiction's registered units reported ({@code reporting}: null without a jurisdiction).
     */
    public record Outcome(Report report, Burden burden, Reporting reporting) {
    }

    /** Validates every file of the plan in one streaming pass, counting the access burden. */
    public Outcome run(List<RecordListener> listeners, Validator.Progress progress) {
        return run(listeners, progress, new AccessJudge(access));
    }

    Outcome run(List<RecordListener> listeners, Validator.Progress progress, AccessJudge judge) {
        Burden burden = new Burden(judge, settings.jurisdiction());
        List<RecordListener> all = new ArrayList<>(listeners);
        all.add(burden);
        Reporting reporting = scope == null || where != null ? null : new Reporting(scope, DivisionRegistry.bundled());
        if (reporting != null) {
            all.add(reporting);
        }
        Report report = new Validator(dictionary, DivisionRegistry.bundled(), settings, () -> checks(judge))
                .validate(files, where == null ? all : List.of(where.before(all)), progress);
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
        return new Aggregation(this, by, zh).run(progress, more, select);
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
            return new Validated(o.report(), null, settings.period());
        }
        Period period = settings.period() != null ? settings.period() : o.reporting().latest();
        return new Validated(o.report().with(o.reporting().findings(period)), o.reporting(), period);
    }
}
