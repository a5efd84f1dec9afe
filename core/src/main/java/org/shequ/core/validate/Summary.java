package org.shequ.core.validate;

/** The counts a run reports: files, records, findings per severity, and findings suppressed. */
public record Summary(int files, long records, long error, long warning, long info, long suppressed) {

    public long count(Severity s) {
        return switch (s) {
            case ERROR -> error;
            case WARNING -> warning;
            case INFO -> info;
        };
    }
}
