package org.shequ.core.validate.checks;

import java.util.List;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.FieldType;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Finding;
import org.shequ.core.Numbers;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.Severity;
import java.math.BigDecimal;
import org.shequ.core.Vocabulary;

/**
 * DATA-OUTLIER (warning): an implausible value for the unit's size, as the dictionary declares
 * (more building leads, unit leads, grid workers or group leads than households); and a percentage
 * written as a plain number above 0 and at most 1 (satisfaction 0.95): a share written as a
 * fraction reads as 0.95 %, not 95 %, and would pull every average down without a word: such a value is set
 * aside ({@link Record#doubt}), counted as invalid by the averages and not judged by the rules.
 */
public final class OutlierCheck extends RelationCheck {
    public static final String ID = "DATA-OUTLIER";

    public OutlierCheck() {
        super(ID, Severity.WARNING, Kind::outliers, false);
    }

    /** The percentage fields of the kind last seen (a table's records share their kind; binder threads share this check). */
    private volatile Percentages last;

    private record Percentages(Kind kind, List<Field> fields) {
    }

    @Override
    public void record(Record r, CheckContext ctx) {
        super.record(r, ctx);
        Percentages p = last;
        if (p == null || p.kind() != r.kind()) {
            p = new Percentages(r.kind(), r.kind().fields().stream().filter(f -> f.type() == FieldType.PERCENT).toList());
            last = p;
        }
        for (Field f : p.fields()) {
            fraction(r, f, ctx);
        }
    }

    /** the full-width percent sign clerks write: ％ */
    private static final String FULL_WIDTH_PERCENT = Vocabulary.word("OutlierCheck.FULL_WIDTH_PERCENT");

    private static void fraction(Record r, Field f, CheckContext ctx) {
        double v = r.soundOrNaN(f);
        String raw = r.raw(f);
        if (!(v > 0 && v <= 1) || raw == null || raw.strip().endsWith("%") || raw.strip().endsWith(FULL_WIDTH_PERCENT)) {
            return;
        }
        String meant = BigDecimal.valueOf(v).movePointRight(2).stripTrailingZeros().toPlainString(); // 0.9555 → 95.55, as written
        Finding finding = Finding.about(ID, Severity.WARNING, r, f)
                .message("DATA-OUTLIER.fraction", f, Numbers.plain(v), meant)
                .compared(Numbers.value(v), "> 1 (a percentage, not a fraction)")
                .build();
        // 0.948 % or 94.8 %: neither is a figure to average or judge on; a workspace that accepts it (a suppression) uses it
        if (ctx.settings().suppressions().stream().noneMatch(s -> s.covers(finding))) {
            r.doubt(f);
        }
        ctx.report(finding);
    }
}
