package org.shequ.cli;


/** The entry point: the only place that exits the JVM. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Shequ.commandLine().execute(args));
    }
}
