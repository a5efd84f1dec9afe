package org.shequ.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.shequ.core.Messages;
import org.shequ.core.output.FeedbackSummary;
import org.shequ.core.output.FindingsPages;
import org.shequ.core.run.RunJob;
import org.shequ.core.workspace.Documents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shequ run [DIR]}: the main job on a workspace ({@link RunJob}), with reading progress on a
 * terminal, then a summary of the findings and the paths written.
 */
@Command(resourceBundle = "org.shequ.cli.usage", name = "run", mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = ".", descriptionKey = "RunCommand.dir")
    Path dir;

    @Mixin FailOnOption failOn;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "RunCommand.quiet")
    boolean quiet;

    @Mixin Lang lang;
    @Mixin Debug debug;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.of(lang.locale());
        var progress = TerminalProgress.of(spec.commandLine().getErr(), messages.chinese(), quiet);
        RunJob.Result r = RunJob.run(dir, new RunJob.Options(lang.locale(), Shequ.version(), progress));
        var o = spec.commandLine().getOut();
        if (!quiet) {
            o.println(FindingsOptions.summaryLine(r.report(), messages));
        }
        o.println(written(messages, "run.findings", r.findingsJson()));
        o.println(written(messages, "run.findingsText", r.findingsText()));
        o.println(written(messages, "run.findingsPage", r.findingsPage()) + (r.findingsPages().isEmpty() ? ""
                : messages.format("run.findingsPages", List.of(r.findingsPages().size(), r.findingsPage().resolveSibling(FindingsPages.FOLDER)))));
        o.println(messages.format("run.feedback", List.of()) + FeedbackSummary.of(r.feedback(), messages, r.feedbackDir()));
        o.println(written(messages, "run.aggregates", r.aggregatesXlsx()));
        if (r.targets() != null) {
            o.println(written(messages, "run.targets", r.targets()));
        }
        o.println(written(messages, "run.aggregatesJson", r.aggregatesJson()));
        for (Path b : r.burden()) {
            o.println(written(messages, "run.burden", b));
        }
        for (Documents.Rendered d : r.documents()) {
            if (d.refused()) {
                o.println(messages.format("run.refused", List.of(d.spec().fileName())));
            }
            for (Path p : d.files()) {
                o.println(written(messages, "run.document", p));
            }
        }
        o.flush();
        return r.report().exitCode(failOn.failOn);
    }

    /** A line naming a file written: what it is, then its path. */
    private static String written(Messages messages, String what, Path file) {
        return messages.format(what, List.of()) + file;
    }
}
