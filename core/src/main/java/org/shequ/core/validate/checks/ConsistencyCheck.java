package org.shequ.core.validate.checks;

import org.shequ.core.schema.Relation;
import org.shequ.core.validate.Check;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Numbers;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.Severity;

/**
 * DATA-CONSISTENCY: a part exceeds its whole, as the dictionary declares (office area within the
 * service area, dibao households within dibao persons, households within population …).
 */
public final class ConsistencyCheck implements Check {
    public static final String ID = "DATA-CONSISTENCY";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void record(Record r, CheckContext ctx) {
        for (Relation rel : r.kind().consistency()) {
            Double part = r.sound(rel.small());
            Double whole = r.sound(rel.large());
            if (part != null && whole != null && part > whole) {
                ctx.report(Finding.about(ID, Severity.ERROR, r, rel.small())
                        .message("DATA-CONSISTENCY", rel.small(), Numbers.plain(part), rel.large(), Numbers.plain(whole))
                        .compared(Numbers.value(part), "<= " + Numbers.plain(whole))
                        .build());
            }
        }
    }
}
