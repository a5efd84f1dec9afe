package org.shequ.core.validate.checks;

import org.shequ.core.division.UnitNames;
import org.shequ.core.schema.Field;
import org.shequ.core.validate.Check;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.Severity;

/**
 * DATA-NAME (warning): the unit's name, or its township's, differs from the registry's for its
 * code, beyond the usual suffix variants (飞凤社区 = 飞凤社区居委会, 西官村 = 西官村委会).
 */
public final class NameCheck implements Check {
    public static final String ID = "DATA-NAME";

    @Override
    public String id() {
        return ID;
    }

    /** Judges each record alone against the registry: runs next to the typing. */
    @Override
    public boolean local() {
        return true;
    }

    @Override
    public void record(Record r, CheckContext ctx) {
        String code = r.unit();
        if (code == null || code.length() != 12) {
            return;
        }
        Field name = r.kind().nameFieldOrNull();
        if (name != null) {
            compare(r, name, code, ctx);
        }
        r.kind().field("township").ifPresent(f -> compare(r, f, code.substring(0, 9), ctx));
    }

    private static void compare(Record r, Field f, String code, CheckContext ctx) {
        String given = r.text(f);
        if (given == null) {
            return;
        }
        String registered = ctx.registry().nameOf(code);
        if (registered != null && !UnitNames.same(given, registered)) {
            ctx.report(Finding.about(ID, Severity.WARNING, r, f)
                    .message("DATA-NAME", f, given, code, registered)
                    .compared(given, registered).build());
        }
    }
}
