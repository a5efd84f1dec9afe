package org.shequ.core.access;

import org.shequ.core.validate.Check;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Record;

/** What the seven ACCESS checks share: they read the task's verdict and report their own breach. */
abstract class AccessCheck implements Check {
    private final String id;
    private final AccessJudge judge;

    AccessCheck(String id, AccessJudge judge) {
        this.id = id;
        this.judge = judge;
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
