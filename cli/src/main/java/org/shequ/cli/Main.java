package org.shequ.cli;

/** The entry point: the only place that exits the JVM. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = Shequ.commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            code = Errors.outOfMemory(args, System.err);
        }
        System.exit(code);
    }
}
