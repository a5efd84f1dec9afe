package org.shequ.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs shequ in-process, capturing stdout, stderr and the exit code. */
record Cli(int code, String out, String err) {

    static Cli run(String... args) {
        return run(Shequ.commandLine(args), args);
    }

    static Cli run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }
}
