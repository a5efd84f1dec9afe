package org.shequ.core.output;

import java.util.List;
import java.util.Locale;
import org.shequ.core.Messages;
import org.shequ.core.validate.Summary;

/** The one-line summary of a run, as the text format and stderr print it. */
public final class Summaries {
    private Summaries() {
    }

    public static String line(Summary s, boolean zh) {
        Messages messages = Messages.of(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        String line = messages.format("summary.line", List.of(s.files(), s.records(), s.error(), s.warning(), s.info()));
        if (s.suppressed() > 0) {
            line += messages.format("findings.suppressed", List.of(s.suppressed()));
        }
        return line;
    }
}
