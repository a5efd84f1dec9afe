package org.shequ.cli.output;

import java.io.IOException;
import java.io.Writer;
import org.shequ.core.Messages;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;
import java.util.List;

/** Writes a validation report in one output format. */
public interface FindingsWriter {

    void write(Report report, View view, Writer out) throws IOException;

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
