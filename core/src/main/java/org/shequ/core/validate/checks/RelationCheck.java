package org.shequ.core.validate.checks;

import java.util.List;
import java.util.function.Function;
import org.shequ.core.schema.Kind;
import org.shequ.core.schema.Relation;
import org.shequ.core.validate.Check;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Finding;
import org.shequ.core.Numbers;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.Severity;

/**
 * The shared mechanism of checks over declared relations: for each relation of the kind, the
 * smaller field may not exceed the larger. Values outside their field's range take no part
 * (DATA-RANGE has reported them), so one wrong number does not cause a cascade.
 */
abstract class RelationCheck implements Check {
    private final String id;
    private final Severity severity;
    private final Function<Kind, List<Relation>> relations;
    /** Whether a broken relation makes both values unusable to the rules (a contradiction, not a doubt). */
    private final boolean contradicts;

    RelationCheck(String id, Severity severity, Function<Kind, List<Relation>> relations, boolean contradicts) {
        this.id = id;
        this.severity = severity;
        this.relations = relations;
        this.contradicts = contradicts;
    }

    @Override
    public final String id() {
        return id;
    }

    /** Compares fields of one record: runs next to the typing. */
    @Override
    public final boolean local() {
        return true;
    }

    @Override
    public void record(Record r, CheckContext ctx) {
        for (Relation rel : relations.apply(r.kind())) {
            double small = r.soundOrNaN(rel.small());
            double large = r.soundOrNaN(rel.large());
            if (small > large) { // false when either is NaN: a missing or unsound value is not compared
                Finding f = Finding.about(id, severity, r, rel.small())
                        .message(id, rel.small(), Numbers.plain(small), rel.large(), Numbers.plain(large))
                        .compared(Numbers.value(small), "<= " + Numbers.plain(large))
                        .build();
                // a contradiction the workspace accepted (suppressed, with its reason) leaves both values to the rules
                if (contradicts && ctx.settings().suppressions().stream().noneMatch(s -> s.covers(f))) {
                    r.contradict(rel.small(), rel.large());
                }
                ctx.report(f);
            }
        }
    }
}
