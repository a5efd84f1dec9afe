package org.shequ.core.output;

import java.nio.file.Path;
import java.util.List;
import org.shequ.core.Messages;
import org.shequ.core.feedback.Feedback;

/** What {@code feedback} (and {@code run}) says it wrote. */
public final class FeedbackSummary {
    private FeedbackSummary() {
    }

    /** The line saying what feedback wrote: the workbooks and their findings, the split by township, the damaged ones. */
    public static String of(Feedback.Result r, Messages m, Path dir) {
        String line = m.format("feedback.written", List.of(r.files().size(), r.findings(), dir));
        if (!r.byTownship().isEmpty()) {
            line += m.format("feedback.byTownship", List.of(r.byTownship().size(), dir.resolve(Feedback.BY_TOWNSHIP)));
        }
        if (!r.unmarked().isEmpty()) {
            line += m.format("feedback.damaged", List.of(r.unmarked().size(), r.unmarked()));
        }
        return line;
    }
}
