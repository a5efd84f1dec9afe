package org.shequ.cli;

/** The exit codes of docs/contract.md. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
