package org.shequ.core.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.shequ.core.io.Location;
import org.shequ.core.validate.Check;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.Severity;

/** The checks of a run with access lists: the seven ACCESS rules, the lists' own problems, the ledger's units. */
public final class AccessChecks {
    private AccessChecks() {
    }

    /** Fresh checks for one run, sharing one judge. */
    public static List<Check> all(AccessCatalog catalog, AccessJudge judge) {
        return List.of(new UnlistedCheck(judge), new NegativeCheck(judge), new ExitedCheck(judge),
                new ApprovalPeriodCheck(judge), new CertificateCheck(judge), new EvaluationCheck(judge),
                new DepartmentCheck(judge), new CatalogProblems(catalog), new LedgerUnits());
    }

    /** The access lists' own problems (bad dates, duplicate ids …), reported with the run's findings. */
    static final class CatalogProblems implements Check {
        private final AccessCatalog catalog;

        CatalogProblems(AccessCatalog catalog) {
            this.catalog = catalog;
        }

        @Override
        public String id() {
            return "ACCESS-LISTS";
        }

        @Override
        public void endRun(CheckContext ctx) {
            catalog.problems().forEach(ctx::report);
        }
    }

    /**
     * DATA-CODE (warning) for a ledger row whose community is not among the workspace's units
     * (when the run has a communities sheet at all). Decided at the end, whatever the file order.
     */
    static final class LedgerUnits implements Check {
        private final Set<String> units = new TreeSet<>();
        private final Map<String, List<Location>> tasks = new TreeMap<>();

        @Override
        public String id() {
            return "DATA-CODE";
        }

        @Override
        public void record(Record r, CheckContext ctx) {
            String code = r.unit();
            if (code == null) {
                return;
            }
            if ("communities".equals(r.kind().name())) {
                units.add(code);
            } else if ("assignments".equals(r.kind().name())) {
                tasks.computeIfAbsent(code, k -> new ArrayList<>()).add(r.locationOf(r.kind().field("community").orElseThrow()));
            }
        }

        @Override
        public void endRun(CheckContext ctx) {
            if (units.isEmpty()) {
                return;
            }
            tasks.forEach((code, places) -> {
                if (!units.contains(code)) {
                    places.forEach(at -> ctx.report(Finding.of("DATA-CODE", Severity.WARNING).at(at).unit(code, null)
                            .message("access.notAUnit", code).build()));
                }
            });
        }
    }
}
