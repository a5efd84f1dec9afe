package org.shequ.core.access;

/** ACCESS-EXITED: a task whose item had exited its list by the task's date (the day of exit included). */
public final class ExitedCheck extends AccessCheck {
    public static final String ID = "ACCESS-EXITED";

    ExitedCheck(AccessJudge judge) {
        super(ID, judge);
    }
}
