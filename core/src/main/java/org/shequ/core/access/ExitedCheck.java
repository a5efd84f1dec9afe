package org.shequ.core.access;

import java.util.List;
import java.util.Optional;
import org.shequ.core.validate.Severity;

/** ACCESS-EXITED: a task whose item had exited its list by the task's date (the day of exit included). */
public final class ExitedCheck extends AccessCheck {
    public static final String ID = "ACCESS-EXITED";

    ExitedCheck(AccessJudge judge) {
        super(ID, judge);
    }

    static Optional<Decision> decide(Task t) {
        return t.match().items().stream().filter(i -> i.exitedBy(t.date())).findFirst()
                .flatMap(i -> Decision.breach(new AccessJudge.Breach(ID, Severity.ERROR, "date", ID,
                        List.of(t.item(), i.exit(), i.list().title(), t.date()))));
    }
}
