package org.shequ.core.validate;

import java.util.List;

/** The result of a validation run: its summary and its findings in their stable order. */
public record Report(Summary summary, List<Finding> findings) {

    public Report {
        findings = findings.stream().sorted(Finding.ORDER).toList();
    }

    /** This report with more findings (from aggregation), the summary counted again. */
    public Report with(List<Finding> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        long e = all.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long w = all.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long i = all.stream().filter(f -> f.severity() == Severity.INFO).count();
        return new Report(new Summary(summary.files(), summary.records(), e, w, i, summary.suppressed()), all);
    }

    /** 0 when nothing reaches the fail-on threshold, else 1 (CONTRACT.md's exit codes). */
    public int exitCode(FailOn failOn) {
        return failOn.threshold()
                .map(t -> findings.stream().anyMatch(f -> f.severity().atLeast(t)) ? 1 : 0)
                .orElse(0);
    }
}
