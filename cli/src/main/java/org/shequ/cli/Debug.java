package org.shequ.cli;

import picocli.CommandLine.Option;

/** {@code --debug}: print stack traces for errors (the handler reads the parse result). */
public final class Debug {
    @Option(names = "--debug", description = "出错时打印堆栈 / print stack traces on errors")
    boolean debug;
}
