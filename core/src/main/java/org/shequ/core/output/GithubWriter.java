package org.shequ.core.output;

import org.shequ.core.io.Visible;

import java.io.IOException;
import java.io.Writer;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;

/** GitHub Actions workflow commands: one {@code ::error file=…,line=…::} line per finding. */
final class GithubWriter implements FindingsWriter {

    @Override
    public void write(Report report, View view, Writer out) throws IOException {
        for (Finding f : view.shown(report)) {
            String level = switch (f.severity()) { case ERROR -> "error"; case WARNING -> "warning"; case INFO -> "notice"; };
            StringBuilder s = new StringBuilder("::").append(level).append(' ');
            s.append("file=").append(property(f.location().file() == null ? "" : f.location().file()));
            if (f.location().line() > 0) {
                s.append(",line=").append(f.location().line());
            }
            s.append(",title=").append(property(f.rule()));
            String where = (f.location().sheet() == null ? "" : f.location().sheet() + "!")
                    + (f.location().field() == null ? "" : f.location().field() + ": ");
            s.append("::").append(data(where + view.message(f) + (f.unit() == null ? "" : " [" + f.unit() + "]")));
            out.write(s + "\n");
        }
    }

    private static String data(String s) {
        // escaped as workflow commands are; other line breaks and control characters shown as their pictures
        return Visible.line(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
