package org.shequ.core.validate.checks;

import org.shequ.core.division.UnitNumber;
import org.shequ.core.validate.Check;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.Severity;

/**
 * DATA-TYPE-MISMATCH (warning): the declared unit type contradicts the code's village number:
 * 001–199 are residents' committees (urban or converted communities), 200–399 village
 * committees (rural communities or administrative villages).
 */
public final class TypeMismatchCheck implements Check {
    public static final String ID = "DATA-TYPE-MISMATCH";

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
        r.kind().field("type").ifPresent(f -> {
            String type = r.text(f);
            if (type == null) {
                return;
            }
            boolean urban = "urban".equals(type) || "converted".equals(type);
            boolean contradicts = urban ? UnitNumber.village(code) : UnitNumber.community(code);
            if (contradicts) {
                String expected = urban ? "rural|village" : "urban|converted";
                ctx.report(Finding.about(ID, Severity.WARNING, r, f)
                        .message(urban ? "DATA-TYPE-MISMATCH.urban" : "DATA-TYPE-MISMATCH.rural",
                                r.raw(f).strip(), code, code.substring(9))
                        .compared(type, expected).build());
            }
        });
    }
}
