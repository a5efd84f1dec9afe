package org.shequ.core.validate;

import java.util.List;

/** The result of a validation run: its summary and its findings in their stable order. */
public record Report(Summary summary, List<Finding> findings) {

    public Report {
        findings = findings.stream().sorted(Finding.ORDER).toList();
    }

    /** 0 when nothing reaches the fail-on threshold, else 1 (CONTRACT.md's exit codes). */
    public int exitCode(FailOn failOn) {
        return failOn.threshold()
                .map(t -> findings.stream().anyMatch(f -> f.severity().atLeast(t)) ? 1 : 0)
                .orElse(0);
    }
}
