package org.shequ.core.render;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.shequ.core.Problem;

/** The date of a document's front matter (2018-06-01), written as 2018年6月1日. */
final class Dates {
    private Dates() {
    }

    static String chinese(String iso, String document) {
        try {
            return ChineseUsage.date(LocalDate.parse(iso.trim()));
        } catch (DateTimeParseException e) {
            throw new Problem("render.date", document, iso);
        }
    }
}
