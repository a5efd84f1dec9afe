package org.shequ.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.shequ.core.io.AtomicFile;
import org.shequ.cli.output.FindingsFormat;
import org.shequ.cli.output.FindingsWriter;
import org.shequ.core.Messages;
import org.shequ.core.validate.Report;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;
import java.io.UncheckedIOException;
import org.shequ.cli.output.Summaries;

/** How findings are written and when the run fails: shared by every command that checks. */
public final class FindingsOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "输出格式 / output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    FindingsFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "写入文件（原子写入）/ write to FILE, atomically")
    Path output;

    @picocli.CommandLine.Mixin FailOnOption failOn;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = "-1",
            description = "最多输出 N 条（汇总仍计全部）/ show at most N findings (the summary counts all)")
    int maxFindings;

    @Option(names = {"-q", "--quiet"}, description = "不在标准错误上打印进度与汇总 / no progress or summary on stderr")
    boolean quiet;

    @Option(names = "--force", description = "覆盖已有的非 shequ 写出的文件 / replace an existing file shequ did not write")
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
            write(output, writer, report, new FindingsWriter.View(messages, Shequ.version(), maxFindings, false), force);
            if (!quiet) {
                err.println(output + ": " + summaryLine(report, messages));
            }
        }
        return report.exitCode(failOn.failOn);
    }

    /** Writes the report into a file of the output folder. */
    static void write(Path file, FindingsWriter writer, Report report, FindingsWriter.View view) {
        write(file, writer, report, view, true);
    }

    private static void write(Path file, FindingsWriter writer, Report report, FindingsWriter.View view, boolean force) {
        AtomicFile.output(file, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            writer.write(report, view, w);
            w.flush();
        }, force);
    }

    static String summaryLine(Report report, Messages messages) {
        return Summaries.line(report.summary(), messages.chinese());
    }
}
