package org.shequ.core.validate.checks;

import org.shequ.core.schema.Relation;
import org.shequ.core.validate.Check;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Numbers;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.Severity;

/**
 * DATA-OUTLIER (warning): an implausible value for the unit's size, as the dictionary declares
 * (more building leads, unit leads, grid workers or group leads than households).
 */
public final class OutlierCheck implements Check {
    public static final String ID = "DATA-OUTLIER";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void record(Record r, CheckContext ctx) {
        for (Relation rel : r.kind().outliers()) {
            Double v = r.sound(rel.small());
            Double limit = r.sound(rel.large());
            if (v != null && limit != null && v > limit) {
                ctx.report(Finding.about(ID, Severity.WARNING, r, rel.small())
                        .message("DATA-OUTLIER", rel.small(), Numbers.plain(v), rel.large(), Numbers.plain(limit))
                        .compared(Numbers.value(v), "<= " + Numbers.plain(limit))
                        .build());
            }
        }
    }
}
