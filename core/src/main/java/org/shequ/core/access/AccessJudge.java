package org.shequ.core.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.Severity;

/**
 * Decides, once per task of the ledger, whether it was allowed on its date: a certificate must be
 * on a retained-certificates list; an item on a negative list never is; an item on another list
 * counts between its list's effective date and its exit date; otherwise an approval must cover
 * the date (both ends included) and the community. Each rule's decision is in its check's class;
 * the judge only asks them in order ({@link #ORDER}). The seven ACCESS checks and the burden
 * statistics all read the same verdict.
 */
public final class AccessJudge {
    private final AccessCatalog catalog;
    private Record last;
    private Verdict verdict;

    public AccessJudge(AccessCatalog catalog) {
        this.catalog = catalog;
    }

    /** One finding-to-be of a verdict: the rule, its severity, the field it points at and the message. */
    public record Breach(String rule, Severity severity, String field, String key, List<Object> args) {
    }

    /** The outcome for a task: what it breached (empty when allowed) and whether it was a certificate. */
    public record Verdict(List<Breach> breaches, boolean certificate, boolean task) {
        public boolean allowed() {
            return breaches.stream().noneMatch(b -> b.severity() == Severity.ERROR);
        }
    }

    public Verdict of(Record r) {
        if (r != last) {
            last = r;
            verdict = judge(r);
        }
        return verdict;
    }

    /**
     * The rules a task other than a certificate meets, in the order they are asked: the first that
     * has a word settles it (a certificate is CertificateCheck's alone).
     */
    private static final List<Function<Task, Optional<AccessCheck.Decision>>> ORDER = List.of(
            NegativeCheck::decide, DepartmentCheck::decide, ApprovalPeriodCheck::decide, ExitedCheck::decide,
            EvaluationCheck::decide, UnlistedCheck::decide);

    private Verdict judge(Record r) {
        Kind k = r.kind();
        if (!"assignments".equals(k.name())) {
            return new Verdict(List.of(), false, false);
        }
        String item = text(r, k, "item");
        LocalDate date = r.valid(k.field("date").orElseThrow()) instanceof LocalDate d ? d : null;
        String kind = text(r, k, "kind");
        boolean certificate = "certificate".equals(kind);
        if (item == null || date == null || catalog.isEmpty()) {
            return new Verdict(List.of(), certificate, true);
        }
        Task task = new Task(item, date, text(r, k, "community"), text(r, k, "department"), kind, catalog, text(r, k, "item_id"));
        List<Function<Task, Optional<AccessCheck.Decision>>> rules = certificate ? List.of(CertificateCheck::decide) : ORDER;
        for (Function<Task, Optional<AccessCheck.Decision>> rule : rules) {
            Optional<AccessCheck.Decision> d = rule.apply(task);
            if (d.isPresent()) {
                AccessJudge.Breach b = d.get().breach();
                return new Verdict(b == null ? List.of() : List.of(b), certificate, true);
            }
        }
        return new Verdict(List.of(), certificate, true); // UnlistedCheck always has a word: not reached
    }

    /** The finding of a breach at the task's record. */
    public static Finding finding(Breach b, Record r) {
        Field f = r.kind().field(b.field()).orElseThrow();
        return Finding.about(b.rule(), b.severity(), r, f).message(b.key(), b.args().toArray())
                .compared(r.text(f), null).build();
    }

    private static String text(Record r, Kind k, String key) {
        return k.field(key).map(r::text).orElse(null);
    }
}
