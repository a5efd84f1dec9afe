package org.shequ.core.validate.checks;

import java.util.HashSet;
import java.util.Set;
import org.shequ.core.schema.Field;
import org.shequ.core.validate.Binding;
import org.shequ.core.validate.Check;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Column;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Severity;

/**
 * DATA-HEADER: a required column missing (error), a second column for the same field (error),
 * a column the dictionary does not know (info: its values are kept, not dropped), and a
 * communities file with no period column when the workspace sets none.
 */
public final class HeaderCheck implements Check {
    public static final String ID = "DATA-HEADER";
    private final Set<Integer> reported = new HashSet<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void header(Binding binding, CheckContext ctx) {
        boolean first = reported.isEmpty();
        for (Column c : binding.columns()) {
            if (!reported.add(c.index())) {
                continue;
            }
            switch (c.status()) {
                case UNKNOWN -> ctx.report(at(binding, Severity.INFO)
                        .message("DATA-HEADER.unknown", c.header(), c.letter()).build());
                case DUPLICATE -> ctx.report(at(binding, Severity.ERROR)
                        .message("DATA-HEADER.duplicate", c.header(), c.letter(), c.field()).build());
                default -> { }
            }
        }
        if (!first) {
            return;
        }
        for (Field f : binding.kind().fields()) {
            if (f.required() && !binding.has(f)) {
                ctx.report(at(binding, Severity.ERROR).message("DATA-HEADER.missing", f).build());
            }
        }
        binding.kind().field("period").ifPresent(p -> {
            if (!binding.has(p) && ctx.settings().period() == null) {
                ctx.report(at(binding, Severity.ERROR).message("DATA-HEADER.noPeriod", p).build());
            }
        });
    }

    @Override
    public void endFile(CheckContext ctx) {
        reported.clear();
    }

    private static Finding.Builder at(Binding binding, Severity severity) {
        return Finding.of(ID, severity).at(binding.header());
    }
}
