package org.shequ.core.validate.checks;

import org.shequ.core.schema.Field;
import org.shequ.core.schema.FieldType;
import org.shequ.core.schema.Invalid;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.Severity;

/**
 * DATA-CODE: a division code that is not 12 digits, is not in the NBS 2023 registry, or lies
 * outside the workspace's jurisdiction (warning).
 */
public final class CodeCheck extends FieldCheck {
    public static final String ID = "DATA-CODE";

    public CodeCheck() {
        super(ID);
    }

    @Override
    void field(Record r, Field f, CheckContext ctx) {
        if (f.type() != FieldType.CODE) {
            return;
        }
        Object v = r.value(f);
        if (v instanceof Invalid) {
            ctx.report(Finding.about(ID, Severity.ERROR, r, f)
                    .message("DATA-CODE.malformed", f, r.raw(f).strip())
                    .compared(r.raw(f).strip(), "12 digits").build());
        } else if (v instanceof String code) {
            if (!ctx.registry().contains(code)) {
                ctx.report(Finding.about(ID, Severity.ERROR, r, f).message("DATA-CODE.unknown", f, code).build());
            } else if (ctx.settings().jurisdiction() != null && !code.startsWith(ctx.settings().jurisdiction())) {
                ctx.report(Finding.about(ID, Severity.WARNING, r, f)
                        .message("DATA-CODE.outside", f, code, ctx.settings().jurisdiction()).build());
            }
        }
    }
}
