package org.shequ.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.shequ.core.output.FindingsFormat;
import org.shequ.core.output.FindingsWriter;
import org.shequ.core.Messages;
import org.shequ.core.validate.Report;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;
import java.io.UncheckedIOException;
import org.shequ.core.output.Summaries;

/** How findings are written and when the run fails: shared by every command that checks. */
public final class FindingsOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            descriptionKey = "FindingsOptions.format")
    FindingsFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "FindingsOptions.output")
    Path output;

    @picocli.CommandLine.Mixin FailOnOption failOn;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = "-1",
            descriptionKey = "FindingsOptions.maxFindings")
    int maxFindings;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "FindingsOptions.quiet")
    boolean quiet;

    @Option(names = "--force", descriptionKey = "FindingsOptions.force")
    boolean force;

    /** Writes the report to stdout or the output file; returns the exit code. */
    int emit(Report report, Messages messages, PrintWriter out, PrintWriter err) {
        FindingsWriter writer = format.writer();
        if (Emit.stdout(output)) {
            FindingsWriter.View view = new FindingsWriter.View(messages, Shequ.version(), maxFindings,
                    format == FindingsFormat.TEXT && Ansi.AUTO.enabled());
            try {
                writer.write(report, view, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
        } else {
            writer.write(report, new FindingsWriter.View(messages, Shequ.version(), maxFindings, false), output, force);
            if (!quiet) {
                err.println(output + ": " + summaryLine(report, messages));
            }
        }
        return report.exitCode(failOn.failOn);
    }

    static String summaryLine(Report report, Messages messages) {
        return Summaries.line(report.summary(), messages.chinese());
    }
}
