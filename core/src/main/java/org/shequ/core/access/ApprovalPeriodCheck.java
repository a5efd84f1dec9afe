package org.shequ.core.access;

/** ACCESS-APPROVAL: a task outside its approval's period or scope (both ends of the period included). */
public final class ApprovalPeriodCheck extends AccessCheck {
    public static final String ID = "ACCESS-APPROVAL";

    ApprovalPeriodCheck(AccessJudge judge) {
        super(ID, judge);
    }
}
