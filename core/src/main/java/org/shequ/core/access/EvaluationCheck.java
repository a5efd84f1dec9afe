package org.shequ.core.access;

/** ACCESS-EVALUATION: a department's own evaluation of communities, not on any list. */
public final class EvaluationCheck extends AccessCheck {
    public static final String ID = "ACCESS-EVALUATION";

    EvaluationCheck(AccessJudge judge) {
        super(ID, judge);
    }
}
