package org.shequ.core.validate;

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
}
