package org.shequ.core.access;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.RecordListener;

/**
 * The burden put on communities, counted as the ledger streams past: per community and per
 * department, the tasks, how many were not allowed, and the certificates demanded. A task on a
 * community outside the workspace's jurisdiction is warned about, and counted in no total.
 */
public final class Burden implements RecordListener {
    private final AccessJudge judge;
    private final String jurisdiction;
    private final Map<String, Counts> byCommunity = new TreeMap<>();
    private final Map<String, Counts> byDepartment = new TreeMap<>();

    /** {@code jurisdiction}: tasks on communities outside it (warned by DATA-CODE) are counted nowhere; null for none. */
    public Burden(AccessJudge judge, String jurisdiction) {
        this.judge = judge;
        this.jurisdiction = jurisdiction;
    }

    /** Whether a task's community lies in the jurisdiction (always, without one). */
    public static boolean inside(String community, String jurisdiction) {
        return jurisdiction == null || community != null && community.startsWith(jurisdiction);
    }

    /** The counts of one community or department. */
    public static final class Counts {
        private long tasks;
        private long notAllowed;
        private long certificates;

        public long tasks() { return tasks; }
        public long notAllowed() { return notAllowed; }
        public long certificates() { return certificates; }

        /** Not allowed as a share of all tasks, 0 when there are none. */
        public double share() {
            return tasks == 0 ? 0 : (double) notAllowed / tasks;
        }
    }

    @Override
    public void accept(Record r) {
        AccessJudge.Verdict v = judge.of(r);
        if (!v.task()) {
            return;
        }
        String community = r.kind().field("community").map(r::text).orElse("?");
        if (!inside(community, jurisdiction)) {
            return;
        }
        String department = r.kind().field("department").map(r::text).orElse("?");
        for (Counts c : List.of(byCommunity.computeIfAbsent(community, k -> new Counts()),
                byDepartment.computeIfAbsent(department, k -> new Counts()))) {
            c.tasks++;
            if (!v.allowed()) {
                c.notAllowed++;
            }
            if (v.certificate()) {
                c.certificates++;
            }
        }
    }

    public Map<String, Counts> byCommunity() {
        return byCommunity;
    }

    public Map<String, Counts> byDepartment() {
        return byDepartment;
    }
}
