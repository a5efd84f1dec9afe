package org.shequ.core.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.Severity;

/**
 * Decides, once per task of the ledger, whether it was allowed on its date: a certificate must be
 * on a retained-certificates list; an item on a negative list never is; an item on another list
 * counts between its list's effective date and its exit date; otherwise an approval must cover
 * the date (both ends included) and the community. The seven ACCESS checks and the burden
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

    private Verdict judge(Record r) {
        Kind k = r.kind();
        if (!"assignments".equals(k.name())) {
            return new Verdict(List.of(), false, false);
        }
        String item = text(r, k, "item");
        LocalDate date = r.valid(k.field("date").orElseThrow()) instanceof LocalDate d ? d : null;
        String community = text(r, k, "community");
        String department = text(r, k, "department");
        boolean certificate = "certificate".equals(text(r, k, "kind"));
        List<Breach> out = new ArrayList<>();
        if (item == null || date == null || catalog.isEmpty()) {
            return new Verdict(out, certificate, true);
        }
        AccessCatalog.Match match = catalog.match(text(r, k, "item_id"), item);
        List<AccessItem> inForce = match.items().stream().filter(i -> i.inForce(date)).toList();
        if (certificate) {
            if (inForce.stream().noneMatch(i -> i.list().kind() == ListKind.CERTIFICATES)) {
                out.add(new Breach("ACCESS-CERTIFICATE", Severity.ERROR, "item", "ACCESS-CERTIFICATE", List.of(item)));
            }
            return new Verdict(out, true, true);
        }
        Optional<AccessItem> negative = inForce.stream().filter(i -> i.list().kind() == ListKind.NEGATIVE).findFirst();
        if (negative.isPresent()) {
            AccessList l = negative.get().list();
            out.add(new Breach("ACCESS-NEGATIVE", Severity.ERROR, "item", "ACCESS-NEGATIVE",
                    List.of(item, l.title(), l.document() == null ? "" : l.document())));
            return new Verdict(out, false, true);
        }
        List<AccessItem> listed = inForce.stream().filter(i -> i.list().kind() != ListKind.NEGATIVE).toList();
        if (!listed.isEmpty()) {
            if (department != null && listed.stream().noneMatch(i -> Departments.same(i.department(), department, community))) {
                out.add(new Breach("ACCESS-DEPARTMENT", Severity.WARNING, "department", "ACCESS-DEPARTMENT",
                        List.of(item, listed.get(0).department(), department)));
            }
            return new Verdict(out, false, true);
        }
        List<Approval> held = catalog.approvalsFor(item);
        List<Approval> approvals = held.stream().filter(a -> Departments.same(a.department(), department, community)).toList();
        if (approvals.stream().anyMatch(a -> a.covers(date, community))) {
            return new Verdict(out, false, true);
        }
        if (!approvals.isEmpty()) {
            Approval a = approvals.get(0);
            out.add(new Breach("ACCESS-APPROVAL", Severity.ERROR, "date", a.inScope(community) ? "ACCESS-APPROVAL.period" : "ACCESS-APPROVAL.scope",
                    List.of(item, a.approved(), a.expires(), date, community == null ? "" : community)));
            return new Verdict(out, false, true);
        }
        Optional<AccessItem> exited = match.items().stream().filter(i -> i.exitedBy(date)).findFirst();
        if (exited.isPresent()) {
            out.add(new Breach("ACCESS-EXITED", Severity.ERROR, "date", "ACCESS-EXITED",
                    List.of(item, exited.get().exit(), exited.get().list().title(), date)));
            return new Verdict(out, false, true);
        }
        if ("evaluation".equals(text(r, k, "kind"))) {
            out.add(new Breach("ACCESS-EVALUATION", Severity.ERROR, "item", "ACCESS-EVALUATION",
                    List.of(department == null ? "" : department, item)));
            return new Verdict(out, false, true);
        }
        if (!held.isEmpty()) {
            List<String> holders = held.stream().map(Approval::department).distinct().toList();
            out.add(new Breach("ACCESS-UNLISTED", Severity.ERROR, "department", "ACCESS-UNLISTED.otherDepartment",
                    List.of(item, String.join("、", holders), department == null ? "" : department)));
            return new Verdict(out, false, true);
        }
        Optional<String> suggestion = catalog.suggest(item);
        out.add(suggestion
                .map(s -> new Breach("ACCESS-UNLISTED", Severity.ERROR, "item", "ACCESS-UNLISTED.suggest", List.<Object>of(item, s)))
                .orElse(new Breach("ACCESS-UNLISTED", Severity.ERROR, "item", "ACCESS-UNLISTED", List.of(item))));
        return new Verdict(out, false, true);
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
