package org.shequ.core.access;

import java.util.List;
import java.util.Optional;
import org.shequ.core.validate.Severity;

/** ACCESS-APPROVAL: a task outside its approval's period or scope (both ends of the period included). */
public final class ApprovalPeriodCheck extends AccessCheck {
    public static final String ID = "ACCESS-APPROVAL";

    ApprovalPeriodCheck(AccessJudge judge) {
        super(ID, judge);
    }

    /** With approvals held by its department, a task is allowed when one covers its date and community, else out of period or scope. */
    static Optional<Decision> decide(Task t) {
        List<Approval> approvals = t.ownApprovals();
        if (approvals.isEmpty()) {
            return Optional.empty();
        }
        if (approvals.stream().anyMatch(a -> a.covers(t.date(), t.community()))) {
            return Optional.of(Decision.ALLOWED);
        }
        Approval a = approvals.get(0);
        return Decision.breach(new AccessJudge.Breach(ID, Severity.ERROR, "date", a.inScope(t.community()) ? ID + ".period" : ID + ".scope",
                List.of(t.item(), a.approved(), a.expires(), t.date(), t.community() == null ? "" : t.community())));
    }
}
