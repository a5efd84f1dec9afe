package org.shequ.core.validate.checks;

import org.shequ.core.schema.Field;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Finding;
import org.shequ.core.Numbers;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.Severity;

/** DATA-RANGE: a number outside its field's range (negative households, satisfaction 120 %). */
public final class RangeCheck extends FieldCheck {
    public static final String ID = "DATA-RANGE";

    public RangeCheck() {
        super(ID);
    }

    @Override
    void field(Record r, Field f, CheckContext ctx) {
        double v = f.hasRange() ? r.numberOrNaN(f) : Double.NaN;
        if (Double.isNaN(v)) {
            return;
        }
        if (f.min() != null && v < f.min()) {
            report(r, f, v, "DATA-RANGE.below", ">= " + Numbers.plain(f.min()), f.min(), ctx);
        } else if (f.max() != null && v > f.max()) {
            report(r, f, v, "DATA-RANGE.above", "<= " + Numbers.plain(f.max()), f.max(), ctx);
        }
    }

    private static void report(Record r, Field f, double v, String key, String expected, double bound, CheckContext ctx) {
        ctx.report(Finding.about(ID, Severity.ERROR, r, f)
                .message(key, f, Numbers.plain(v), Numbers.plain(bound), f.unit() == null ? "" : f.unit())
                .compared(Numbers.value(v), expected)
                .build());
    }
}
