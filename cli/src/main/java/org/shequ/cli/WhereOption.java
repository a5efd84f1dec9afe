package org.shequ.cli;

import org.shequ.core.Words;
import java.io.PrintWriter;
import java.util.List;
import org.shequ.core.Messages;
import org.shequ.core.rules.Where;
import org.shequ.core.workspace.Plan;
import picocli.CommandLine.Option;

/** {@code --where EXPR}: only the records a condition selects (validate, aggregate, feedback). */
final class WhereOption {
    @Option(names = "--where", paramLabel = "EXPR",
            descriptionKey = "WhereOption.expression")
    String expression;

    /** The plan, filtered when a condition was given. */
    Plan apply(Plan plan) {
        return plan.where(expression);
    }

    /** What a filtered feedback workbook says beside its findings list, or null without a filter (data: Chinese, for the clerk). */
    String feedbackNote(Plan plan) {
        return plan.where() == null ? null : Words.format("feedback.whereNote", plan.where().source());
    }

    /** One line on what the filter selected, when there was one. */
    void note(Plan plan, Messages messages, PrintWriter err) {
        note(plan, messages, err, "where.note");
    }

    /** As {@link #note(Plan, Messages, PrintWriter)}, in the words of message {@code key} (the same arguments). */
    void note(Plan plan, Messages messages, PrintWriter err, String key) {
        Where where = plan.where();
        if (where == null) {
            return;
        }
        String unjudged = where.unjudged() == 0 ? "" : messages.format("where.unjudged", List.of(where.unjudged()));
        err.println(messages.format(key, List.of(where.source(), where.selected(), where.seen(), unjudged)));
        err.flush();
    }
}
