package org.shequ.core.validate.checks;

import org.shequ.core.division.Division;
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

    @Override
    public void record(Record r, CheckContext ctx) {
        String code = r.unit();
        if (code == null || code.length() != 12) {
            return;
        }
        r.kind().nameField().ifPresent(f -> compare(r, f, code, ctx));
        r.kind().field("township").ifPresent(f -> compare(r, f, code.substring(0, 9), ctx));
    }

    private static void compare(Record r, Field f, String code, CheckContext ctx) {
        String given = r.text(f);
        if (given == null) {
            return;
        }
        ctx.registry().find(code).map(Division::name).ifPresent(registered -> {
            if (!UnitNames.same(given, registered)) {
                ctx.report(Finding.about(ID, Severity.WARNING, r, f)
                        .message("DATA-NAME", f, given, code, registered)
                        .compared(given, registered).build());
            }
        });
    }
}
