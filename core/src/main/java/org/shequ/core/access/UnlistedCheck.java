package org.shequ.core.access;

import java.util.List;
import java.util.Optional;
import org.shequ.core.validate.Severity;
import org.shequ.core.Words;

/** ACCESS-UNLISTED: a task not on any list and not approved. */
public final class UnlistedCheck extends AccessCheck {
    public static final String ID = "ACCESS-UNLISTED";

    UnlistedCheck(AccessJudge judge) {
        super(ID, judge);
    }

    /**
     * The last word: a task no list holds and no approval of its department covers. When other
     * departments hold approvals for it, they are named; else a list item of a similar name is suggested.
     */
    static Optional<Decision> decide(Task t) {
        if (!t.held().isEmpty()) {
            List<String> holders = t.held().stream().map(Approval::department).distinct().toList();
            return Decision.breach(new AccessJudge.Breach(ID, Severity.ERROR, "department", ID + ".otherDepartment",
                    List.of(t.item(), String.join(Words.get("access.departments.separator"), holders), t.departmentOrBlank())));
        }
        return Decision.breach(t.catalog().suggest(t.item())
                .map(s -> new AccessJudge.Breach(ID, Severity.ERROR, "item", ID + ".suggest", List.<Object>of(t.item(), s)))
                .orElse(new AccessJudge.Breach(ID, Severity.ERROR, "item", ID, List.of(t.item()))));
    }
}
