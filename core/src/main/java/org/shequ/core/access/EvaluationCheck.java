package org.shequ.core.access;

import java.util.List;
import java.util.Optional;
import org.shequ.core.validate.Severity;

/** ACCESS-EVALUATION: a department's own evaluation of communities, not on any list. */
public final class EvaluationCheck extends AccessCheck {
    public static final String ID = "ACCESS-EVALUATION";

    EvaluationCheck(AccessJudge judge) {
        super(ID, judge);
    }

    static Optional<Decision> decide(Task t) {
        if (!"evaluation".equals(t.kind())) {
            return Optional.empty();
        }
        return Decision.breach(new AccessJudge.Breach(ID, Severity.ERROR, "item", ID, List.of(t.departmentOrBlank(), t.item())));
    }
}
