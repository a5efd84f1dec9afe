package org.shequ.core.run;

import org.shequ.core.Words;
import org.shequ.core.workspace.DataPass;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.shequ.core.io.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shequ.core.Messages;
import org.shequ.core.feedback.Feedback;
import org.shequ.core.feedback.MissingUnits;
import org.shequ.core.io.AtomicFile;
import org.shequ.core.io.OutputLock;
import org.shequ.core.io.Staging;
import org.shequ.core.output.BurdenText;
import org.shequ.core.output.FindingsFormat;
import org.shequ.core.output.FindingsPages;
import org.shequ.core.output.FindingsWriter;
import org.shequ.core.output.aggregate.AggregateFormat;
import org.shequ.core.output.aggregate.AggregateWriter;
import org.shequ.core.output.aggregate.TargetsXlsx;
import org.shequ.core.render.DocumentFormat;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Inspector;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Validator;
import org.shequ.core.workspace.Documents;
import org.shequ.core.workspace.Plan;
import org.shequ.core.workspace.ReportSpec;
import org.shequ.core.workspace.Workspace;

/**
 * The main job on a workspace, whatever calls it (the {@code run} command, a batch job): in one
 * pass it validates every input and aggregates; then it renders every document shequ.yaml names
 * (linted; one with a placeholder is not written) and writes the findings (json, text and a page,
 * lint findings included), the aggregates, target progress, with access lists the burden tables,
 * and the feedback workbooks into the workspace's output folder, which it holds locked meanwhile.
 * What it wrote is returned; nothing is printed.
 */
public final class RunJob {
    /** The file of the target table with its progress: the same name in every language. */
    public static final String TARGETS = Words.get("file.targets");
    static final List<String> FINDINGS = List.of("findings.json", "findings.txt", "findings.html");
    static final List<String> FILES = List.of("findings.json", "findings.txt", "findings.html", "aggregates.xlsx", "aggregates.json",
            TARGETS, "burden-by-community.txt", "burden-by-department.txt");

    /** How the job speaks: the language of its texts, the version named in the findings, and where reading progress goes. */
    public record Options(Locale locale, String version, Validator.Progress progress) {
    }

    /**
     * What the job wrote: the findings (the data's, the feedback's and the documents' lint) and
     * their files, with the pages of a findings page split by area; the aggregates, the target
     * progress (or null) and the burden tables (or none); the feedback and its folder; and each
     * document, written or refused.
     */
    public record Result(Plan plan, Report report, Path findingsJson, Path findingsText, Path findingsPage,
                         List<Path> findingsPages, Feedback.Result feedback, Path feedbackDir, Path aggregatesXlsx,
                         Path aggregatesJson, Path targets, List<Path> burden, List<Documents.Rendered> documents) {
    }

    /** What the pass produced, once its documents and aggregates are written; the feedback may still be under way. */
    private record Written(Report report, List<Documents.Rendered> documents, Path aggregatesXlsx, Path aggregatesJson,
                           Path targets, List<Path> burden, Beside<Feedback.Result> feedback) {
    }

    private final Options options;
    private final Messages messages;

    private RunJob(Options options) {
        this.options = options;
        this.messages = Messages.of(options.locale());
    }

    /** Runs the job on the workspace in {@code dir}. A problem (exit 2) leaves the outputs as they were but the findings. */
    public static Result run(Path dir, Options options) {
        RunJob job = new RunJob(options);
        OutputLock[] held = new OutputLock[1];
        try {
            WorkspacePass started = WorkspacePass.start(dir, job.messages, options.progress(), Workspace::reports, RunJob::outputs,
                    lock -> held[0] = lock);
            return job.finish(started.plan(), job.documentsAndAggregates(started));
        } finally {
            if (held[0] != null) {
                held[0].close();
            }
        }
    }

    /** Every file the job may write, known before any data is read: the fixed ones and each report in each format. */
    public static List<Path> outputs(Plan plan, List<ReportSpec> reports) {
        Path out = plan.workspace().output();
        List<Path> all = new ArrayList<>(FILES.stream().map(out::resolve).toList());
        all.addAll(documentFiles(out, reports));
        return all;
    }

    /** The files of the reports in their formats, in a folder. */
    public static List<Path> documentFiles(Path dir, List<ReportSpec> reports) {
        List<Path> all = new ArrayList<>();
        for (ReportSpec r : reports) {
            all.add(dir.resolve(r.fileName() + ".md"));
            all.add(dir.resolve(Documents.sourcesName(r)));
            r.formats.forEach(f -> all.add(dir.resolve(r.fileName() + "." + DocumentFormat.of(f).extension())));
        }
        return all;
    }

    /**
     * The findings written while the feedback is still being written on its thread, then the feedback
     * in place. A workbook that could not be copied for its sender is a finding too: in the run that
     * has one, the findings are written again with it.
     */
    private Result finish(Plan plan, Written w) {
        Path out = plan.workspace().output();
        Path feedbackDir = out.resolve(Feedback.FOLDER);
        List<Path> pages;
        try {
            pages = findings(out, w.report());
        } catch (RuntimeException | Error e) {
            w.feedback().settle(); // the workbooks begun are ended, then discarded: no file is left half written
            Staging.discard(feedbackDir);
            throw e;
        }
        Feedback.Result feedback;
        try {
            feedback = w.feedback().get();
        } catch (RuntimeException | Error e) {
            Staging.discard(feedbackDir);
            throw e;
        }
        Staging.promote(feedbackDir, List.of(MissingUnits.FILE, Feedback.BY_TOWNSHIP));
        Report report = w.report();
        if (!feedback.problems().isEmpty()) {
            report = report.with(feedback.problems());
            pages = findings(out, report);
        }
        return new Result(plan, report, out.resolve(FINDINGS.get(0)), out.resolve(FINDINGS.get(1)), out.resolve(FINDINGS.get(2)),
                pages, feedback, feedbackDir, w.aggregatesXlsx(), w.aggregatesJson(), w.targets(), w.burden(), w.documents());
    }

    /** The findings, in json, text and as a page (or an index and a page per area: the pages are returned). */
    private List<Path> findings(Path out, Report report) {
        FindingsWriter.View view = new FindingsWriter.View(messages, options.version(), -1, false);
        FindingsFormat.JSON.writer().write(report, view, out.resolve(FINDINGS.get(0)), true);
        FindingsFormat.TEXT.writer().write(report, view, out.resolve(FINDINGS.get(1)), true);
        return FindingsPages.write(out.resolve(FINDINGS.get(2)), report, view, FindingsPages.LIMIT);
    }

    /**
     * The documents, the aggregates, the target progress and the burden tables written, the feedback
     * begun in its staging folder. A document whose template fails leaves every output as it was
     * but the findings, which say what the data holds.
     */
    private Written documentsAndAggregates(WorkspacePass started) {
        Plan plan = started.plan();
        DataPass.Aggregated outcome = started.pass().outcome();
        Path out = plan.workspace().output();
        Path feedbackDir = out.resolve(Feedback.FOLDER);
        Path staging = Staging.fresh(feedbackDir);
        // the findings a workbook is marked with are the data's: the documents' lint findings name no input
        Report data = outcome.report();
        boolean county = county(plan.files());
        Beside<Feedback.Result> feedback = Beside.start("shequ-feedback", () -> {
            Inspector inspector = new Inspector(plan.dictionary(), plan.settings());
            Feedback.Result whole = Feedback.write(plan.files(), data, inspector, messages, staging, false)
                    .with(MissingUnits.write(staging, outcome.reporting(), outcome.period(), messages.chinese()));
            // a county's run: each township's clerk gets a workbook of their own rows too (a national run's would be tens of thousands)
            return county ? whole.split(Feedback.write(plan.files(), data, inspector, messages, staging.resolve(Feedback.BY_TOWNSHIP), true))
                    : whole;
        });
        try {
            return write(plan, started, outcome, feedback);
        } catch (RuntimeException | Error e) {
            feedback.settle(); // the workbooks begun are ended, then discarded: no file is left half written
            Staging.discard(feedbackDir);
            findings(out, data);
            throw e;
        }
    }

    /** The documents (once every one rendered), the aggregates, the target progress and the burden tables, from the pass. */
    private Written write(Plan plan, WorkspacePass started, DataPass.Aggregated outcome, Beside<Feedback.Result> feedback) {
        Path out = plan.workspace().output();
        Documents.Pass pass = started.pass();
        List<Documents.Rendered> documents = new ArrayList<>();
        List<Finding> lint = new ArrayList<>();
        if (pass.documents() != null) {
            pass.documents().feedbackWritten(Feedback.any(plan.files(), outcome.report()));
        }
        for (ReportSpec r : started.reports()) {
            Documents.Rendered d = pass.documents().render(r, out);
            documents.add(d);
            lint.addAll(d.lint());
        }
        if (pass.documents() != null) {
            pass.documents().done();
        }
        documents.forEach(Documents.Rendered::write);
        Path aggregatesXlsx = out.resolve("aggregates.xlsx");
        Path aggregatesJson = out.resolve("aggregates.json");
        var aggregateView = AggregateWriter.View.of(plan, options.locale());
        AtomicFile.write(aggregatesXlsx, s -> AggregateFormat.XLSX.writer().write(outcome.all(), aggregateView, s));
        AtomicFile.write(aggregatesJson, s -> AggregateFormat.JSON.writer().write(outcome.all(), aggregateView, s));
        Path targets = null;
        if (!outcome.targets().isEmpty()) {
            targets = out.resolve(TARGETS);
            AtomicFile.write(targets, s -> TargetsXlsx.write(outcome.targets(), messages.chinese(), s));
        }
        List<Path> burden = List.of();
        if (!plan.access().isEmpty()) {
            Path byCommunity = out.resolve("burden-by-community.txt");
            Path byDepartment = out.resolve("burden-by-department.txt");
            writeText(byCommunity, BurdenText.of(outcome.burden(), true, messages));
            writeText(byDepartment, BurdenText.of(outcome.burden(), false, messages));
            burden = List.of(byCommunity, byDepartment);
        }
        return new Written(outcome.report().with(lint), documents, aggregatesXlsx, aggregatesJson, targets, burden, feedback);
    }

    /** Inputs under this many bytes in all are a county's sheets (the launcher's short runs). */
    static final long COUNTY = 32L << 20;

    /** Whether the files add up to less than {@link #COUNTY} (a file that cannot be measured is not a county's). */
    static boolean county(List<SourceFile> files) {
        long total = 0;
        for (SourceFile f : files) {
            try {
                total += Files.size(f.path());
            } catch (IOException | SecurityException e) {
                return false;
            }
        }
        return total < COUNTY;
    }

    private static void writeText(Path file, String text) {
        AtomicFile.write(file, s -> s.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
