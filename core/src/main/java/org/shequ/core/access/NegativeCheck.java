package org.shequ.core.access;

/** ACCESS-NEGATIVE: a task on the negative list. */
public final class NegativeCheck extends AccessCheck {
    public static final String ID = "ACCESS-NEGATIVE";

    NegativeCheck(AccessJudge judge) {
        super(ID, judge);
    }
}
