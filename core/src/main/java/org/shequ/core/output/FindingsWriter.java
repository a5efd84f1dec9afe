package org.shequ.core.output;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.shequ.core.io.AtomicFile;
import org.shequ.core.Messages;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;
import java.util.List;

/** Writes a validation report in one output format. */
public interface FindingsWriter {

    void write(Report report, View view, Writer out) throws IOException;

    /**
     * Writes the report into a file, UTF-8, atomically; a file shequ did not write is replaced
     * only when {@code force}.
     */
    default void write(Report report, View view, Path file, boolean force) {
        AtomicFile.output(file, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            write(report, view, w);
            w.flush();
        }, force);
    }

    /**
     * What a writer needs besides the report: the messages of the run's language, the version,
     * how many findings to show at most, and whether the output is a colour terminal.
     */
    record View(Messages messages, String version, int maxFindings, boolean colour) {

        public String message(Finding f) {
            return messages.format(f.messageKey(), f.args());
        }

        /** The findings to show, at most {@code maxFindings}. */
        public List<Finding> shown(Report report) {
            List<Finding> all = report.findings();
            return maxFindings >= 0 && all.size() > maxFindings ? all.subList(0, maxFindings) : all;
        }

        public int omitted(Report report) {
            return report.findings().size() - shown(report).size();
        }
    }
}
