package org.shequ.core.access;

import java.util.List;
import java.util.Optional;
import org.shequ.core.validate.Severity;

/** ACCESS-NEGATIVE: a task on the negative list. */
public final class NegativeCheck extends AccessCheck {
    public static final String ID = "ACCESS-NEGATIVE";

    NegativeCheck(AccessJudge judge) {
        super(ID, judge);
    }

    /** An item on a negative list in force is never allowed. */
    static Optional<Decision> decide(Task t) {
        List<AccessItem> negative = t.inForce(ListKind.NEGATIVE);
        if (negative.isEmpty()) {
            return Optional.empty();
        }
        AccessList l = negative.get(0).list();
        return Decision.breach(new AccessJudge.Breach(ID, Severity.ERROR, "item", ID,
                List.of(t.item(), l.title(), l.document() == null ? "" : l.document())));
    }
}
