package org.shequ.core.lint;

import java.util.List;
import org.shequ.core.io.Location;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Severity;

/** A finding about a span of a line: the text at fault as {@code actual}, a few characters around it in the message. */
final class Excerpt {
    private static final int AROUND = 10;

    private Excerpt() {
    }

    static void report(List<Finding> out, String rule, Severity severity, LintCheck.Context ctx, TextLine line,
                       int start, int end, String messageKey, String expected) {
        String text = line.text();
        String around = (start > AROUND ? "…" : "") + text.substring(Math.max(0, start - AROUND), Math.min(text.length(), end + AROUND)).strip()
                + (end + AROUND < text.length() ? "…" : "");
        String fault = text.substring(start, end);
        out.add(Finding.of(rule, severity).at(new Location(ctx.file(), null, line.line(), null))
                .message(messageKey, fault, around, start + 1, expected == null ? "" : expected)
                .compared(fault, expected).build());
    }
}
