package org.shequ.cli;

import org.shequ.cli.output.FeedbackSummary;
import org.shequ.cli.output.BurdenText;
import org.shequ.cli.output.aggregate.AggregateWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shequ.cli.output.FindingsFormat;
import org.shequ.cli.output.FindingsPages;
import org.shequ.cli.output.aggregate.AggregateFormat;
import org.shequ.core.io.AtomicFile;
import org.shequ.core.io.OutputLock;
import org.shequ.core.io.Staging;
import org.shequ.cli.output.FindingsWriter;
import org.shequ.core.Messages;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Finding;
import org.shequ.core.feedback.Feedback;
import org.shequ.core.feedback.MissingUnits;
import org.shequ.core.validate.Inspector;
import org.shequ.core.workspace.Documents;
import org.shequ.core.workspace.Plan;
import org.shequ.core.workspace.ReportSpec;
import org.shequ.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import java.nio.charset.StandardCharsets;
import org.shequ.cli.output.aggregate.TargetsXlsx;
import org.shequ.core.render.DocumentFormat;

/**
 * {@code shequ run [DIR]}: the main job on a workspace. In one pass it validates every input and
 * aggregates; then it renders every document shequ.yaml names (linted; one with a placeholder is
 * not written) and writes the findings (json and text, lint findings included), the aggregates,
 * target progress and, with access lists, the burden tables into the workspace's output folder,
 * and prints a summary with the paths written.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"对工作区执行全部工作：校验、汇总、生成文档，并把结果写入输出目录。",
                "Run the main job on a workspace: validate, aggregate, render the documents, write the results."})
final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = ".", description = "工作区目录（含 shequ.yaml）/ workspace folder")
    Path dir;

    @Mixin FailOnOption failOn;

    @Option(names = {"-q", "--quiet"}, description = "只打印写出的文件 / print only the files written")
    boolean quiet;

    @Mixin Lang lang;
    @Mixin Debug debug;
    @Spec CommandSpec spec;

    /**
     * What the pass over the data produced, once its documents and aggregates are written: the
     * findings, the files to name and the feedback workbooks (written beside the documents when the
     * inputs are small, see {@link Beside}). The aggregates and the per-unit lines are no longer
     * reachable from here, so with larger inputs the findings and the feedback workbooks that
     * follow have the heap.
     */
    private record Written(Plan plan, Report report, List<Documents.Rendered> documents, Path aggregatesXlsx,
                           Path aggregatesJson, Path targets, List<Path> burden, Beside<Feedback.Result> feedback) {
    }

    @Override
    public Integer call() {
        Messages messages = Messages.of(lang.locale());
        OutputLock[] held = new OutputLock[1];
        try {
            WorkspacePass started = WorkspacePass.start(dir, messages, quiet, spec, Workspace::reports, RunCommand::outputs,
                    lock -> held[0] = lock);
            return report(messages, documentsAndAggregates(started, messages));
        } finally {
            if (held[0] != null) {
                held[0].close();
            }
        }
    }

    /** The findings written, the feedback in place, and what was written printed. */
    private Integer report(Messages messages, Written w) {
        Path out = w.plan().workspace().output();
        // the feedback first: a workbook that could not be copied for its sender is a finding too
        Feedback.Result feedback;
        try {
            feedback = w.feedback().get();
        } catch (RuntimeException | Error e) {
            Staging.discard(out.resolve(Feedback.FOLDER));
            throw e;
        }
        Staging.promote(out.resolve(Feedback.FOLDER), List.of(MissingUnits.FILE, Feedback.BY_TOWNSHIP));
        Report report = w.report().with(feedback.problems());
        List<Path> pages = findings(out, report, messages);
        var o = spec.commandLine().getOut();
        if (!quiet) {
            o.println(FindingsOptions.summaryLine(report, messages));
        }
        o.println(written(messages, "run.findings", out.resolve(FINDINGS.get(0))));
        o.println(written(messages, "run.findingsText", out.resolve(FINDINGS.get(1))));
        o.println(written(messages, "run.findingsPage", out.resolve(FINDINGS.get(2)))
                + (pages.isEmpty() ? "" : messages.format("run.findingsPages", List.of(pages.size(), out.resolve(FindingsPages.FOLDER)))));
        o.println(messages.format("run.feedback", List.of()) + FeedbackSummary.of(feedback, messages, out.resolve(Feedback.FOLDER)));
        o.println(written(messages, "run.aggregates", w.aggregatesXlsx()));
        if (w.targets() != null) {
            o.println(written(messages, "run.targets", w.targets()));
        }
        o.println(written(messages, "run.aggregatesJson", w.aggregatesJson()));
        for (Path b : w.burden()) {
            o.println(written(messages, "run.burden", b));
        }
        for (Documents.Rendered d : w.documents()) {
            if (d.refused()) {
                o.println(messages.format("run.refused", List.of(d.spec().fileName())));
            }
            for (Path p : d.files()) {
                o.println(written(messages, "run.document", p));
            }
        }
        o.flush();
        return report.exitCode(failOn.failOn);
    }

    /** A line naming a file written: what it is, then its path. */
    private static String written(Messages messages, String what, Path file) {
        return messages.format(what, List.of()) + file;
    }

    /** The findings, in json, text and as a page (or an index and a page per area: the pages are returned). */
    private static List<Path> findings(Path out, Report report, Messages messages) {
        FindingsWriter.View view = new FindingsWriter.View(messages, Shequ.version(), -1, false);
        FindingsOptions.write(out.resolve(FINDINGS.get(0)), FindingsFormat.JSON.writer(), report, view);
        FindingsOptions.write(out.resolve(FINDINGS.get(1)), FindingsFormat.TEXT.writer(), report, view);
        return FindingsPages.write(out.resolve(FINDINGS.get(2)), report, view, FindingsPages.LIMIT);
    }

    /**
     * The documents, the aggregates, the target progress and the burden tables written, the feedback
     * begun in its staging folder. A document whose template fails leaves every output as it was
     * but the findings, which say what the data holds.
     */
    private Written documentsAndAggregates(WorkspacePass started, Messages messages) {
        Plan plan = started.plan();
        Plan.Aggregated outcome = started.pass().outcome();
        Path out = plan.workspace().output();
        Path feedbackDir = out.resolve(Feedback.FOLDER);
        Path staging = Staging.fresh(feedbackDir);
        // the findings a workbook is marked with are the data's: the documents' lint findings name no input
        Report data = outcome.report();
        boolean county = Beside.small(plan.files());
        Beside<Feedback.Result> feedback = Beside.start(county, "shequ-feedback", () -> {
            Inspector inspector = new Inspector(plan.dictionary(), plan.settings());
            Feedback.Result whole = Feedback.write(plan.files(), data, inspector, messages, staging, false)
                    .with(MissingUnits.write(staging, outcome.reporting(), outcome.period(), messages.chinese()));
            // a county's run: each township's clerk gets a workbook of their own rows too (a national run's would be tens of thousands)
            return county ? whole.split(Feedback.write(plan.files(), data, inspector, messages, staging.resolve(Feedback.BY_TOWNSHIP), true))
                    : whole;
        });
        try {
            return write(plan, started, outcome, messages, feedback);
        } catch (RuntimeException | Error e) {
            feedback.settle(); // the workbooks begun are ended, then discarded: no file is left half written
            Staging.discard(feedbackDir);
            findings(out, data, messages);
            throw e;
        }
    }

    /** The documents (once every one rendered), the aggregates, the target progress and the burden tables, from the pass. */
    private Written write(Plan plan, WorkspacePass started, Plan.Aggregated outcome, Messages messages,
                          Beside<Feedback.Result> feedback) {
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
        var aggregateView = AggregateWriter.View.of(plan, lang.locale());
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
        return new Written(plan, outcome.report().with(lint), documents, aggregatesXlsx, aggregatesJson, targets, burden, feedback);
    }

    /** The file of the target table with its progress: the same name in every language. */
    static final String TARGETS = "目标任务进度.xlsx";
    static final List<String> FINDINGS = List.of("findings.json", "findings.txt", "findings.html");
    static final List<String> FILES = List.of("findings.json", "findings.txt", "findings.html", "aggregates.xlsx", "aggregates.json", TARGETS,
            "burden-by-community.txt", "burden-by-department.txt");

    /** Every file run may write, known before any data is read: the fixed ones and each report in each format. */
    static List<Path> outputs(Plan plan, List<ReportSpec> reports) {
        Path out = plan.workspace().output();
        List<Path> all = new ArrayList<>(FILES.stream().map(out::resolve).toList());
        all.addAll(documentFiles(out, reports));
        return all;
    }

    /** The files of the reports in their formats, in a folder. */
    static List<Path> documentFiles(Path dir, List<ReportSpec> reports) {
        List<Path> all = new ArrayList<>();
        for (ReportSpec r : reports) {
            all.add(dir.resolve(r.fileName() + ".md"));
            all.add(dir.resolve(Documents.sourcesName(r)));
            r.formats.forEach(f -> all.add(dir.resolve(r.fileName() + "." + DocumentFormat.of(f).extension())));
        }
        return all;
    }

    private static void writeText(Path file, String text) {
        AtomicFile.write(file, s -> s.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
