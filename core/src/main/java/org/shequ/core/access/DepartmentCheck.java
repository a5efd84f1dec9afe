package org.shequ.core.access;

/** ACCESS-DEPARTMENT: a listed item put on communities by a department other than the one responsible (warning). */
public final class DepartmentCheck extends AccessCheck {
    public static final String ID = "ACCESS-DEPARTMENT";

    DepartmentCheck(AccessJudge judge) {
        super(ID, judge);
    }
}
