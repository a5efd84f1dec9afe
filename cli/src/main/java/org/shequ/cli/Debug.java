package org.shequ.cli;

import picocli.CommandLine.Option;

/** {@code --debug}: print stack traces for errors (the handler reads the parse result). */
public final class Debug {
    @Option(names = "--debug", descriptionKey = "Debug.debug")
    boolean debug;
}
