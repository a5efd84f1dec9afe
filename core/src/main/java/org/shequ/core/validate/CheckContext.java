package org.shequ.core.validate;

import org.shequ.core.schema.Field;
import org.shequ.core.division.DivisionRegistry;

/** What a check may use and where it reports. */
public interface CheckContext {

    void report(Finding finding);

    DivisionRegistry registry();

    Settings settings();

    /** The name of the file being checked, as findings show it. */
    String file();

    /** A rule was judged for a record (passed or not): aggregation counts pass rates from this. */
    default void judged(String rule, Record record, boolean passed) {
    }

    /**
     * A rule that applies to a record could not judge it ({@code field}: the value it lacked, or
     * null): neither passed nor failed, so no document counts the unit as compliant.
     */
    default void notJudged(String rule, Record record, Field field, Unjudged why) {
    }
}
