package org.shequ.core.validate.checks;

import org.shequ.core.schema.Field;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.Severity;

/**
 * DATA-REQUIRED: a required value is empty. A missing column is DATA-HEADER's, once per file,
 * not one finding per row. The period is required unless the workspace sets one.
 */
public final class RequiredCheck extends FieldCheck {
    public static final String ID = "DATA-REQUIRED";

    public RequiredCheck() {
        super(ID);
    }

    @Override
    void field(Record r, Field f, CheckContext ctx) {
        boolean required = f.required() || ("period".equals(f.key()) && r.period() == null);
        if (required && r.present(f) && r.value(f) == null) {
            ctx.report(Finding.about(ID, Severity.ERROR, r, f).message("DATA-REQUIRED", f).build());
        }
    }
}
