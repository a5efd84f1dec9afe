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
import org.shequ.core.io.Location;

/**
 * DATA-HEADER: a required column missing (error), a second column for the same field (error),
 * a column the dictionary does not know (info, once per file: its values are kept, not dropped),
 * and a communities table with no period column when neither the workspace nor its title names one.
 * Each table (each sheet of a workbook) is checked on its own.
 */
public final class HeaderCheck implements Check {
    public static final String ID = "DATA-HEADER";
    /** Columns reported for the current table (a YAML file's header grows as new keys appear). */
    private final Set<Integer> reported = new HashSet<>();
    /** Unknown headers reported in this file: the same column on every township's sheet is reported once. */
    private final Set<String> unknown = new HashSet<>();
    private Location table;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void header(Binding binding, CheckContext ctx) {
        boolean first = !binding.header().equals(table);
        if (first) {
            table = binding.header();
            reported.clear();
        }
        for (Column c : binding.columns()) {
            if (!reported.add(c.index())) {
                continue;
            }
            switch (c.status()) {
                case UNKNOWN -> {
                    if (unknown.add(c.header())) {
                        ctx.report(at(binding, Severity.INFO).message("DATA-HEADER.unknown", c.header(), c.letter()).build());
                    }
                }
                case DUPLICATE -> ctx.report(at(binding, Severity.ERROR)
                        .message("DATA-HEADER.duplicate", c.header(), c.letter(), c.field()).build());
                default -> { }
            }
        }
        if (!first) {
            return;
        }
        for (Field f : binding.kind().fields()) {
            boolean wrongUnit = binding.columns().stream().anyMatch(c -> c.status() == Column.Status.WRONG_UNIT && c.field() == f);
            if (f.required() && !binding.has(f) && !wrongUnit) { // a column in a wrong unit is DATA-UNIT's error
                ctx.report(at(binding, Severity.ERROR).message("DATA-HEADER.missing", f).build());
            }
        }
        binding.kind().field("period").ifPresent(p -> {
            if (!binding.has(p) && binding.period() == null) {
                ctx.report(at(binding, Severity.ERROR).message("DATA-HEADER.noPeriod", p).build());
            }
        });
    }

    @Override
    public void endFile(CheckContext ctx) {
        reported.clear();
        unknown.clear();
        table = null;
    }

    private static Finding.Builder at(Binding binding, Severity severity) {
        return Finding.of(ID, severity).at(binding.header());
    }
}
