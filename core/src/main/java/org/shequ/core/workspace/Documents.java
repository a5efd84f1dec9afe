package org.shequ.core.workspace;

import org.shequ.core.Words;
import org.shequ.core.schema.Period;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shequ.core.Messages;
import org.shequ.core.Problem;
import org.shequ.core.aggregate.Diff;
import org.shequ.core.rules.Indicators;
import org.shequ.core.aggregate.Snapshot;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.io.AtomicFile;
import org.shequ.core.lint.DocumentText;
import org.shequ.core.lint.Linter;
import org.shequ.core.render.DocumentFormat;
import org.shequ.core.render.MarkdownDocument;
import org.shequ.core.render.DocumentModel;
import org.shequ.core.render.ReportModel;
import org.shequ.core.render.TemplateHashes;
import org.shequ.core.render.TemplateEngine;
import org.shequ.core.render.UnitRows;
import org.shequ.core.validate.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Locale;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.shequ.core.aggregate.Grouping;
import org.shequ.core.aggregate.Level;
import org.shequ.core.io.Location;
import org.shequ.core.render.Figures;
import org.shequ.core.render.Quantities;
import org.shequ.core.validate.RecordListener;
import org.shequ.core.validate.Severity;
import org.shequ.core.validate.Validator;

/**
 * The documents of a workspace: the template model from one run's results and shequ.yaml's
 * facts, each report rendered to Markdown, linted, and written in its formats. A document with
 * an unfilled placeholder is refused: its findings are returned and no file is written. All
 * formats are produced in memory first and then written atomically, so a failure never leaves
 * half a document.
 */
public final class Documents {
    private final Plan plan;
    private final TemplateEngine engine;
    /** The template model; null once {@link #done()} let it go. */
    private DocumentModel.Document model;
    /** What each metric is, for the numbers the templates print and the sources beside each document. */
    private final Quantities quantities;

    /**
     * What rendering one report gave: its files' contents (none when refused), the files of an
     * earlier run it no longer has (a table not written this year) and the lint findings. Nothing is
     * on disk until {@link #write()}: {@code run} writes its documents only when every one rendered.
     */
    public record Rendered(ReportSpec spec, Map<Path, byte[]> contents, List<Path> stale, List<Finding> lint, boolean refused) {
        /** The files this report is written to. */
        public List<Path> files() {
            return List.copyOf(contents.keySet());
        }

        /** Writes the files, each atomically, and removes the stale ones. */
        public void write() {
            try {
                for (Path p : stale) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            contents.forEach((path, bytes) -> AtomicFile.write(path, s -> s.write(bytes)));
        }
    }

    /** One pass that validates, aggregates and keeps the per-unit lines, and the documents it can render. */
    public record Pass(DataPass.Aggregated outcome, Documents documents) {
    }

    /**
     * Runs the plan once (aggregating to {@code by}) and prepares its documents. The reports to
     * come are checked first (formats, templates), so a typo stops the run before any data is read.
     */
    public static Pass run(Plan plan, List<String> by, Validator.Progress progress, Messages messages,
                           List<ReportSpec> reports) {
        TemplateEngine engine = engine(plan.workspace());
        for (ReportSpec r : reports) {
            r.formats.forEach(DocumentFormat::of);
            if (r.template == null || !engine.available().contains(r.template)) {
                throw new Problem("render.templateMissing", r.template, String.join(", ", engine.available()));
            }
            checkDate(plan.workspace(), r);
            checkFacts(plan.workspace(), r, engine.needs(r.template));
        }
        var communities = plan.dictionary().kind("communities").orElseThrow();
        UnitRows units = new UnitRows(communities, indicators(plan.workspace()).derived());
        Snapshot now = new Snapshot(communities, SNAPSHOT_UNITS);
        // the per-unit lines and the comparison serve documents only: a run that renders none keeps neither
        List<RecordListener> forDocuments = reports.isEmpty() ? List.of() : List.of(units, now);
        DataPass.Aggregated outcome = DataPass.of(plan).aggregate(by, progress, messages.chinese(), forDocuments, null);
        if (reports.isEmpty()) {
            return new Pass(outcome, null);
        }
        Diff.Result diff = null;
        Path previous = plan.workspace() == null ? null : plan.workspace().previous();
        if (previous != null) {
            if (!Workspace.isWorkspace(previous)) {
                throw new Problem("workspace.missing", previous.resolve(Workspace.FILE).toString());
            }
            Snapshot before = new Snapshot(communities, SNAPSHOT_UNITS);
            Plan old = PlanLoader.load(List.of(previous), List.of(previous.toString()), Plan.Overrides.NONE).unscoped();
            DataPass.Aggregated then = DataPass.of(old).aggregate(by, Validator.Progress.NONE, true, List.of(before), null);
            // only periods of one length, each with rows of its own, are compared (a quarter is no year's change)
            if (then.fromParts() == null && then.period() != null && outcome.period() != null
                    && then.period().span() == outcome.period().span()) {
                diff = Diff.of(before, now, then.levels(), outcome.levels(), DIFF_THRESHOLD);
            }
        } else if (!outcome.history().isEmpty()) {
            // the previous period is in the inputs themselves
            Period last = new ArrayList<>(outcome.history().keySet()).get(outcome.history().size() - 1);
            List<Level> then = outcome.history().get(last).subList(0, outcome.levels().size());
            diff = Diff.of(now, now, then, outcome.levels(), DIFF_THRESHOLD);
        }
        return new Pass(outcome, new Documents(plan, engine, outcome, units, diff)); // the templates checked are the ones rendered
    }

    /** Documents compare units one by one up to this many (a province); a national run compares its levels. */
    static final long SNAPSHOT_UNITS = 100_000;

    /** A unit's value that changed by more than this share since the previous period is listed in {@code diff.changes}. */
    static final double DIFF_THRESHOLD = 0.2;

    private Documents(Plan plan, TemplateEngine engine, DataPass.Aggregated outcome, UnitRows units, Diff.Result diff) {
        this.plan = plan;
        Workspace ws = plan.workspace();
        this.engine = engine;
        this.period = outcome.period();
        this.fromParts = outcome.fromParts() != null;
        String code = plan.settings().jurisdiction();
        String name = code != null ? DivisionRegistry.bundled().find(code).map(d -> d.name()).orElse(null)
                : ws != null && ws.national() ? Words.get("workspace.place.national") : null;
        Indicators indicators = indicators(ws);
        this.quantities = new Quantities(plan.dictionary().kind("communities").orElseThrow(), indicators,
                plan.rules());
        this.model = ReportModel.of(new ReportModel.Source(Map.of(), code, name, outcome.period(),
                ws == null ? null : ws.title(), outcome.report(), outcome.levels(), outcome.targets(), outcome.burden(),
                plan.rules(), units.lines(outcome.period()), plan.dictionary().kind("communities").orElseThrow(), indicators,
                Messages.of(Locale.SIMPLIFIED_CHINESE), diff, outcome.history(), // documents are written in Chinese
                outcome.kept(Grouping.below(code))));
    }

    /** The bundled indicators and the workspace's own. */
    private static Indicators indicators(Workspace ws) {
        return Indicators.builtIn(ws == null ? List.of() : ws.indicators(),
                ws == null ? "indicators" : ws.dir().resolve(Workspace.FILE).toString());
    }

    private static TemplateEngine engine(Workspace ws) {
        return ws == null ? new TemplateEngine(null) : new TemplateEngine(ws.templates(), ws.renderTimeout());
    }

    public TemplateEngine engine() {
        return engine;
    }

    /**
     * A document's date (成文日期, the fact {@code date}) is a date like 2024-01-15: one written
     * otherwise stops the run before any data is read, naming shequ.yaml and the report, instead of
     * failing as the document's front matter after the whole pass.
     */
    private static void checkDate(Workspace ws, ReportSpec r) {
        Object date = facts(ws, r).get("date");
        if (date == null) {
            return;
        }
        try {
            LocalDate.parse(String.valueOf(date).trim());
        } catch (DateTimeParseException e) {
            throw new Problem("render.factDate", shequYaml(ws), r.fileName(), String.valueOf(date));
        }
    }

    /**
     * The facts the report's template says it needs ({@link TemplateEngine#needs}) are in
     * shequ.yaml, or the run stops before any data is read, naming the report and the fact.
     */
    private static void checkFacts(Workspace ws, ReportSpec r, List<String> needs) {
        Map<String, Object> facts = facts(ws, r);
        for (String need : needs) {
            Object v = facts;
            for (String part : need.split("\\.")) {
                v = v instanceof Map<?, ?> m ? m.get(part) : null;
            }
            if (v == null || String.valueOf(v).isBlank()) {
                throw new Problem("render.factMissing", shequYaml(ws), r.fileName(), need);
            }
        }
    }

    /** The file the facts are written in, as a message names it. */
    private static String shequYaml(Workspace ws) {
        return ws == null ? Workspace.FILE : ws.dir().resolve(Workspace.FILE).toString();
    }

    /** The facts a document sees as {@code doc}: the office, the workspace's facts, then the report's own. */
    private Map<String, Object> facts(ReportSpec spec) {
        return facts(plan.workspace(), spec);
    }

    private static Map<String, Object> facts(Workspace ws, ReportSpec spec) {
        Map<String, Object> doc = new LinkedHashMap<>();
        if (ws != null) {
            if (ws.office() != null) {
                doc.put("office", ws.office());
            }
            doc.putAll(ws.facts());
        }
        doc.putAll(spec.facts);
        return doc;
    }

    /**
     * Lets the model go once every document is rendered: a national model's per-unit lines (some
     * 100 MB) are then free for what a run writes next (aggregates, findings, feedback).
     */
    public void done() {
        model = null;
    }

    /** The note that a document's xlsx was not written: this time it has no table. */
    public static final String NO_TABLE = "RENDER-XLSX";

    /** A document written for other lengths of period than the run's (the template's {@code periods}), not written. */
    public static final String PERIOD_SKIPPED = "RENDER-PERIOD";

    /** The file beside a document that says where each of its numbers comes from. */
    public static String sourcesName(ReportSpec spec) {
        return spec.fileName() + ".sources.json";
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * {@code NAME.sources.json}: every number the document prints through a helper, where it stands
     * in the Markdown (line, column), what is printed, and where it comes from: a metric of an
     * aggregate row (its group, period, value and the units it covers and lacks), a rule's parameter,
     * a count, a target, a unit's value, a period or a date.
     */
    private static byte[] sources(ReportSpec spec, Figures.Rendered rendered) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("document", spec.fileName() + ".md");
        out.put("figures", rendered.figures().stream().map(Figures.Placed::json).toList());
        try {
            return (JSON.writeValueAsString(out) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this run writes feedback workbooks to the townships: only then may a document say it did (已逐条反馈). */
    private boolean feedback;
    private final Period period;
    private final boolean fromParts;

    /** Tells the documents that feedback workbooks are written in this run. */
    public void feedbackWritten(boolean written) {
        this.feedback = written;
    }

    /** A report not written this run, and why: an earlier run's files of it are not this run's, and are removed. */
    private static Rendered skipped(ReportSpec spec, Path dir, List<DocumentFormat> formats, Finding why) {
        List<Path> stale = new ArrayList<>();
        formats.forEach(f -> stale.add(dir.resolve(spec.fileName() + "." + f.extension())));
        stale.add(dir.resolve(sourcesName(spec)));
        return new Rendered(spec, Map.of(), List.copyOf(stale), List.of(why), false);
    }

    /** Renders one report into its formats, to be written into {@code dir} unless it has a placeholder. */
    public Rendered render(ReportSpec spec, Path dir) {
        if (model == null) {
            throw new IllegalStateException("documents rendered after done()");
        }
        List<DocumentFormat> formats = spec.formats.stream().map(DocumentFormat::of).distinct().toList();
        List<String> spans = engine.periods(spec.template);
        Finding.Builder skipped = Finding.of(PERIOD_SKIPPED, Severity.INFO).at(Location.ofFile(dir.resolve(spec.fileName() + ".md").toString()));
        if (fromParts) {
            // a year made from its quarters holds only its flows: no document is written on it
            return skipped(spec, dir, formats, skipped.message("render.periodFromParts", spec.fileName(), period).build());
        }
        if (period != null && !period.isYear() && spans.isEmpty()) {
            // a template that does not say which periods it is written for is taken as written for years
            return skipped(spec, dir, formats, skipped.message("render.periodUndeclared", spec.fileName(), period).build());
        }
        if (period != null && !spans.isEmpty() && !spans.contains(period.span().name().toLowerCase(Locale.ROOT))) {
            // an annual document (next year's work points) is not written for a quarter
            skipped = spans.equals(List.of("year")) ? skipped.message("render.periodSkipped.annual", spec.fileName(), period)
                    : skipped.message("render.periodSkipped", spec.fileName(), period, String.join(", ", spans));
            return skipped(spec, dir, formats, skipped.build());
        }
        Map<String, Object> m = TemplateHashes.of(model.with(facts(spec), feedback));
        String markdownName = dir.resolve(spec.fileName() + ".md").toString();
        long start = System.nanoTime();
        Figures.Rendered rendered = engine.render(spec.template, m, quantities);
        String markdown = rendered.markdown();
        // the document's check shares the time its template was given
        Duration budget = engine.timeout();
        List<Finding> lint = new ArrayList<>(Linter.lint(markdownName, DocumentText.markdown(markdown),
                start + budget.toNanos(), budget.toSeconds()));
        if (lint.stream().anyMatch(f -> f.rule().equals(Linter.PLACEHOLDER))) {
            return new Rendered(spec, Map.of(), List.of(), lint, true);
        }
        MarkdownDocument doc = MarkdownDocument.parse(markdownName, markdown, rendered.figures());
        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        List<Path> stale = new ArrayList<>();
        for (DocumentFormat f : formats) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                f.writer().write(doc, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Problem p) {
                if (!p.key().equals("render.noTables")) {
                    throw p;
                }
                // a document whose tables depend on the data (no target table this year) has none this time:
                // its xlsx is not written, and the findings say so
                lint.add(Finding.of(NO_TABLE, Severity.INFO)
                        .at(Location.ofFile(markdownName)).message("render.noTablesSkipped", spec.fileName()).build());
                stale.add(dir.resolve(spec.fileName() + "." + f.extension())); // an earlier run's table is not this run's
                continue;
            }
            outputs.put(dir.resolve(spec.fileName() + "." + f.extension()), bytes.toByteArray());
        }
        outputs.put(dir.resolve(sourcesName(spec)), sources(spec, rendered));
        return new Rendered(spec, Collections.unmodifiableMap(outputs), List.copyOf(stale), lint, false);
    }
}
