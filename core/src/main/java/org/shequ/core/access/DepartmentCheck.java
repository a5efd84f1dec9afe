package org.shequ.core.access;

import java.util.List;
import java.util.Optional;
import org.shequ.core.validate.Severity;

/** ACCESS-DEPARTMENT: a listed item put on communities by a department other than the one responsible (warning). */
public final class DepartmentCheck extends AccessCheck {
    public static final String ID = "ACCESS-DEPARTMENT";

    DepartmentCheck(AccessJudge judge) {
        super(ID, judge);
    }

    /** An item on a list in force is allowed; put on by another department than the list names, with a warning. */
    static Optional<Decision> decide(Task t) {
        List<AccessItem> listed = t.inForce().stream().filter(i -> i.list().kind() != ListKind.NEGATIVE).toList();
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        if (t.department() != null && listed.stream().noneMatch(i -> Departments.same(i.department(), t.department(), t.community()))) {
            return Decision.breach(new AccessJudge.Breach(ID, Severity.WARNING, "department", ID,
                    List.of(t.item(), listed.get(0).department(), t.department())));
        }
        return Optional.of(Decision.ALLOWED);
    }
}
