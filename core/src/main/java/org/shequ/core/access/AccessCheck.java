package org.shequ.core.access;

import java.util.Optional;
import org.shequ.core.validate.Check;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Record;

/**
 * What the seven ACCESS checks share: each holds its rule's decision on a task ({@code decide}, which
 * {@link AccessJudge} asks in its order) and reports its own breach of the task's verdict.
 */
abstract class AccessCheck implements Check {
    private final String id;
    private final AccessJudge judge;

    AccessCheck(String id, AccessJudge judge) {
        this.id = id;
        this.judge = judge;
    }

    /**
     * A rule's word on a task the rules before it left open: empty when it has none (the next rule
     * decides); else the task is settled, with a breach or, when {@code breach} is null, allowed.
     */
    record Decision(AccessJudge.Breach breach) {
        static final Decision ALLOWED = new Decision(null);

        static Optional<Decision> breach(AccessJudge.Breach b) {
            return Optional.of(new Decision(b));
        }
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final void record(Record r, CheckContext ctx) {
        for (AccessJudge.Breach b : judge.of(r).breaches()) {
            if (b.rule().equals(id)) {
                ctx.report(AccessJudge.finding(b, r));
            }
        }
    }
}
