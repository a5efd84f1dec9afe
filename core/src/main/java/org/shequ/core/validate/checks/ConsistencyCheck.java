package org.shequ.core.validate.checks;

import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Severity;

/**
 * DATA-CONSISTENCY: a part exceeds its whole, as the dictionary declares (office area within the
 * service area, dibao households within dibao persons, households within population …). Both values
 * of a broken relation are then of no use to a rule (which of them is wrong the row does not say):
 * a rule that needs either does not judge the unit, instead of judging it on a number shequ itself
 * calls wrong; the sums still count them, as the report says.
 */
public final class ConsistencyCheck extends RelationCheck {
    public static final String ID = "DATA-CONSISTENCY";

    public ConsistencyCheck() {
        super(ID, Severity.ERROR, Kind::consistency, true);
    }
}
