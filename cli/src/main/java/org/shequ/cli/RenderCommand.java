package org.shequ.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shequ.core.output.FindingsFormat;
import org.shequ.core.output.FindingsWriter;
import org.shequ.core.Messages;
import org.shequ.core.lint.Linter;
import org.shequ.core.validate.Finding;
import org.shequ.core.run.RunJob;
import org.shequ.core.run.WorkspacePass;
import org.shequ.core.workspace.Documents;
import org.shequ.core.workspace.ReportSpec;
import org.shequ.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shequ render [DIR] --template T}: one document from a workspace's data, in the formats
 * asked for, linted before it is written; a document with a placeholder is refused (exit 1).
 */
@Command(resourceBundle = "org.shequ.cli.usage", name = "render", mixinStandardHelpOptions = true)
final class RenderCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = ".", descriptionKey = "RenderCommand.dir")
    Path dir;

    @Option(names = {"-t", "--template"}, required = true, paramLabel = "T",
            descriptionKey = "RenderCommand.template")
    String template;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            descriptionKey = "RenderCommand.formats")
    List<String> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", descriptionKey = "RenderCommand.output")
    Path output;

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "RenderCommand.name")
    String name;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "RenderCommand.quiet")
    boolean quiet;

    @Mixin Lang lang;
    @Mixin Debug debug;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        formats = formats == null ? null : formats.stream().map(String::trim).toList();
        Messages messages = Messages.of(lang.locale());
        WorkspacePass started = WorkspacePass.start(dir, messages, TerminalProgress.of(spec.commandLine().getErr(), messages.chinese(), quiet),
                ws -> List.of(spec(ws)), (plan, reports) -> RunJob.documentFiles(output != null ? output : plan.workspace().output(), reports), null);
        Documents.Rendered r = started.pass().documents().render(started.reports().get(0),
                output != null ? output : started.plan().workspace().output());
        r.write();
        printLint(r.lint(), messages, spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        for (Path p : r.files()) {
            out.println(p);
        }
        out.flush();
        return r.refused() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** The workspace's settings for this template, if it names one, with the command line's choices on top. */
    private ReportSpec spec(Workspace ws) {
        ReportSpec named = ws.reports().stream().filter(r -> template.equals(r.template)).findFirst().orElse(null);
        ReportSpec s = ReportSpec.of(template, formats != null ? formats : named != null ? named.formats : List.of("md", "html", "docx"));
        s.name = name != null ? name : named != null ? named.name : null;
        if (named != null) {
            s.facts.putAll(named.facts);
        }
        return s;
    }

    /** Lint findings of rendered documents, on standard error as text. */
    static void printLint(List<Finding> lint, Messages messages, PrintWriter err) {
        if (lint.isEmpty()) {
            return;
        }
        try {
            FindingsFormat.TEXT.writer().write(Linter.report(1, 0, new ArrayList<>(lint)),
                    new FindingsWriter.View(messages, Shequ.version(), -1, false), err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        err.flush();
    }
}
