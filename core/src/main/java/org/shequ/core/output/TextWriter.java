package org.shequ.core.output;

import org.shequ.core.io.Visible;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Severity;

/**
 * The default, human format: findings grouped by file, each with sheet!line, field, unit,
 * severity, rule and message; severities coloured only on a terminal; a summary line.
 */
final class TextWriter implements FindingsWriter {
    // SGR codes on and off, as the terminal output has always had them (then written by picocli's Ansi)
    private static final String[] BOLD = {"1", "21"};
    private static final String[] RED = {"31", "39"};
    private static final String[] YELLOW = {"33", "39"};
    private static final String[] CYAN = {"36", "39"};

    @Override
    public void write(Report report, View view, Writer out) throws IOException {
        boolean zh = view.messages().chinese();
        boolean colour = view.colour();
        String file = null;
        List<Finding> shown = view.shown(report);
        boolean first = true;
        for (Finding f : shown) {
            if (first || !Objects.equals(file, f.location().file())) {
                out.write((first ? "" : "\n") + styled(colour, BOLD, Visible.line(Objects.toString(f.location().file(), "-"))) + "\n");
                file = f.location().file();
                first = false;
            }
            // a name or value never breaks the line: no finding can be forged by a file name or a cell
            out.write("  " + Visible.line(where(f)) + "  " + severity(f.severity(), zh, colour) + "  " + f.rule()
                    + Visible.line(unit(f)) + "  " + Visible.line(view.message(f)) + "\n");
        }
        int omitted = view.omitted(report);
        if (omitted > 0) {
            out.write("  " + view.messages().format("findings.omitted", List.of(omitted)) + "\n");
        }
        if (!first) {
            out.write("\n");
        }
        out.write(Summaries.line(report.summary(), zh) + "\n");
    }

    private static String where(Finding f) {
        StringBuilder s = new StringBuilder();
        if (f.location().sheet() != null) {
            s.append(f.location().sheet()).append('!');
        }
        s.append(f.location().line() > 0 ? Integer.toString(f.location().line()) : "-");
        if (f.location().field() != null) {
            s.append(' ').append(f.location().field());
        }
        return s.toString();
    }

    private static String unit(Finding f) {
        if (f.unit() == null) {
            return "";
        }
        return "  " + f.unit() + (f.unitName() == null ? "" : " " + f.unitName());
    }

    private static String severity(Severity s, boolean zh, boolean colour) {
        String[] code = switch (s) { case ERROR -> RED; case WARNING -> YELLOW; case INFO -> CYAN; };
        return styled(colour, code, s.label(zh));
    }

    /** The text in an ANSI style (its SGR codes on and off, then a reset) when colour is on; as it is otherwise. */
    private static String styled(boolean colour, String[] code, String text) {
        return colour ? "\u001B[" + code[0] + "m" + text + "\u001B[" + code[1] + "m\u001B[0m" : text;
    }
}
