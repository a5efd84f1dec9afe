package org.shequ.core.validate.checks;

import org.shequ.core.schema.Field;
import org.shequ.core.schema.FieldType;
import org.shequ.core.schema.Invalid;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.Severity;

/** DATA-TYPE: a cell that does not parse as its field's type (codes are DATA-CODE's). */
public final class TypeCheck extends FieldCheck {
    public static final String ID = "DATA-TYPE";

    public TypeCheck() {
        super(ID);
    }

    @Override
    void field(Record r, Field f, CheckContext ctx) {
        if (f.type() != FieldType.CODE && r.value(f) instanceof Invalid bad) {
            ctx.report(Finding.about(ID, Severity.ERROR, r, f)
                    .message("DATA-TYPE." + bad.reason(), f, r.raw(f).strip())
                    .compared(r.raw(f).strip(), f.type().key())
                    .build());
        }
    }
}
