package org.shequ.core.validate;

import java.util.List;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The result of a validation run: its summary, its findings in their stable order, and how each
 * table was read ({@code layouts}: the header as bound, so that the findings can be put back in
 * their cells without reading the files again).
 */
public record Report(Summary summary, List<Finding> findings, List<TableLayout> layouts) {

    public Report {
        if (!(findings instanceof FindingStore.Merged)) {
            findings = findings.stream().sorted(Finding.ORDER).toList(); // a store's findings come sorted
        }
        layouts = List.copyOf(layouts);
    }

    /** A report of no tables (a lint of documents). */
    public Report(Summary summary, List<Finding> findings) {
        this(summary, findings, List.of());
    }

    /** How the tables of one file were read (empty when none of its tables was read or it was not validated). */
    public List<TableLayout> layoutsOf(String file) {
        return layouts.stream().filter(t -> file.equals(t.file())).toList();
    }

    /**
     * This report with more findings (from aggregation, from documents), the summary counted again.
     * A large report is not copied: the new findings are merged in as it is read.
     */
    public Report with(List<Finding> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Finding> added = more.stream().sorted(Finding.ORDER).toList();
        long e = summary.error() + added.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long w = summary.warning() + added.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long i = summary.info() + added.stream().filter(f -> f.severity() == Severity.INFO).count();
        Summary counted = new Summary(summary.files(), summary.records(), e, w, i, summary.suppressed());
        if (findings instanceof FindingStore.Merged) {
            return new Report(counted, new Both(findings, added), layouts);
        }
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(added);
        return new Report(counted, all, layouts);
    }

    /** Two sorted lists as one, merged as it is walked (like {@link FindingStore}'s). */
    static final class Both extends FindingStore.Merged {
        private final List<Finding> a;
        private final List<Finding> b;

        Both(List<Finding> a, List<Finding> b) {
            super(List.of(), null, (long) a.size() + b.size());
            this.a = a;
            this.b = b;
        }

        @Override
        public Iterator<Finding> iterator() {
            Iterator<Finding> x = a.iterator();
            Iterator<Finding> y = b.iterator();
            return new Iterator<>() {
                private Finding nx = x.hasNext() ? x.next() : null;
                private Finding ny = y.hasNext() ? y.next() : null;

                @Override
                public boolean hasNext() {
                    return nx != null || ny != null;
                }

                @Override
                public Finding next() {
                    boolean takeX = ny == null || nx != null && Finding.ORDER.compare(nx, ny) <= 0;
                    Finding out = takeX ? nx : ny;
                    if (out == null) {
                        throw new NoSuchElementException();
                    }
                    if (takeX) {
                        nx = x.hasNext() ? x.next() : null;
                    } else {
                        ny = y.hasNext() ? y.next() : null;
                    }
                    return out;
                }
            };
        }
    }

    /** 0 when nothing reaches the fail-on threshold, else 1 (the exit codes of docs/contract.md). */
    public int exitCode(FailOn failOn) {
        return failOn.threshold()
                .map(t -> Arrays.stream(Severity.values()).anyMatch(s -> s.atLeast(t) && summary.count(s) > 0) ? 1 : 0)
                .orElse(0);
    }
}
