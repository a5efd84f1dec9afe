package org.shequ.core.validate.checks;

import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Severity;

/**
 * DATA-CONSISTENCY: a part exceeds its whole, as the dictionary declares (office area within the
 * service area, dibao households within dibao persons, households within population …).
 */
public final class ConsistencyCheck extends RelationCheck {
    public static final String ID = "DATA-CONSISTENCY";

    public ConsistencyCheck() {
        super(ID, Severity.ERROR, Kind::consistency);
    }
}
