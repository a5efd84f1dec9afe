package org.shequ.core.validate;

import org.shequ.core.schema.Period;
import java.util.List;
import java.util.Map;

/**
 * How one table was read, for {@code shequ inspect}: its file and sheet, the header as bound (null
 * when none was found), the rows skipped by kind with their lines, the period of rows without
 * their own and where it came from, and how many records it gave.
 */
public record TableLayout(String file, String sheet, Binding binding, Map<RowKind, List<Integer>> skipped,
                          Period period, PeriodSource periodFrom, String title, long records) {

    /** Where the period of rows without a period of their own comes from. */
    public enum PeriodSource { COLUMN, WORKSPACE, TITLE, NONE }

    public TableLayout {
        skipped = Map.copyOf(skipped);
    }
}
