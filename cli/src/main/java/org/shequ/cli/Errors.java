package org.shequ.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.shequ.core.Messages;
import org.shequ.core.Problem;
import picocli.CommandLine;

/**
 * Maps what went wrong to one clear line on stderr and an exit code: a {@link Problem} or a bad
 * option is exit 2, anything else is a bug, exit 3. The stack trace only with {@code --debug}.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        boolean debug = parsed.hasMatchedOption("--debug") || hasDebug(parsed);
        Locale locale = Lang.fromArgs(parsed.originalArgs());
        PrintWriter err = cl.getErr();
        if (e instanceof Problem p) {
            err.println("shequ: " + Messages.of(locale).format(p));
            trace(e, debug, err);
            return ExitCode.USAGE;
        }
        err.println("shequ: " + (Lang.chinese(locale) ? "内部错误（程序缺陷）：" : "internal error (a bug): ")
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))
                + (debug ? "" : (Lang.chinese(locale) ? "（加 --debug 查看详情）" : " (run with --debug for the stack trace)")));
        trace(e, debug, err);
        return ExitCode.INTERNAL;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println("shequ: " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, cl.getErr())) {
            cl.getErr().println(Lang.chinese(Lang.fromArgs(java.util.List.of(args)))
                    ? "用法见：shequ " + cl.getCommandName() + " --help"
                    : "See: shequ " + cl.getCommandName() + " --help");
        }
        return ExitCode.USAGE;
    }

    /**
     * The heap was too small for what was asked (nothing is half-written: outputs are written to a
     * temporary file and moved into place). One line naming the setting to raise; exit 2.
     */
    static int outOfMemory(String[] args, java.io.PrintStream err) {
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        err.println(Lang.chinese(Lang.fromArgs(java.util.List.of(args)))
                ? "shequ: 内存不足（Java 堆上限 " + mb + " MB）；请用环境变量 SHEQU_JAVA_OPTS 调大，例如 SHEQU_JAVA_OPTS=-Xmx2g"
                : "shequ: out of memory (Java heap limit " + mb + " MB); raise it with SHEQU_JAVA_OPTS, e.g. SHEQU_JAVA_OPTS=-Xmx2g");
        return ExitCode.USAGE;
    }

    /** An Error that escaped a command (a StackOverflowError): one line, exit 3; the stack with --debug. */
    static int fatal(Error e, String[] args, java.io.PrintStream err) {
        boolean zh = Lang.chinese(Lang.fromArgs(java.util.List.of(args)));
        boolean debug = java.util.List.of(args).contains("--debug");
        err.println("shequ: " + (zh ? "内部错误（程序缺陷）：" : "internal error (a bug): ") + e.getClass().getSimpleName()
                + (debug ? "" : zh ? "（加 --debug 查看详情）" : " (run with --debug for the stack trace)"));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL;
    }

    private static boolean hasDebug(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult sub = parsed;
        while (sub.hasSubcommand()) {
            sub = sub.subcommand();
            if (sub.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static void trace(Exception e, boolean debug, PrintWriter err) {
        if (debug) {
            StringWriter s = new StringWriter();
            e.printStackTrace(new PrintWriter(s));
            err.print(s);
        }
        err.flush();
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
