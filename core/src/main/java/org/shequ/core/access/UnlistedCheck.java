package org.shequ.core.access;

/** ACCESS-UNLISTED: a task not on any list and not approved. */
public final class UnlistedCheck extends AccessCheck {
    public static final String ID = "ACCESS-UNLISTED";

    UnlistedCheck(AccessJudge judge) {
        super(ID, judge);
    }
}
