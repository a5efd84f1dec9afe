package org.shequ.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.shequ.core.Messages;
import org.shequ.core.Problem;
import picocli.CommandLine;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

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
        Messages m = Messages.of(locale);
        err.println("shequ: " + m.format("usage.bug", List.of(e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())))) + (debug ? "" : m.format("usage.debug", List.of())));
        trace(e, debug, err);
        return ExitCode.INTERNAL;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        boolean zh = Lang.chinese(Lang.fromArgs(List.of(args)));
        Messages m = messages(zh);
        PrintWriter err = cl.getErr();
        err.println("shequ: " + describe(e, zh));
        List<String> suggestions = e instanceof CommandLine.UnmatchedArgumentException u ? nearest(u) : List.of();
        if (!suggestions.isEmpty()) {
            err.println(m.format("usage.didYouMean", List.of(suggestions)));
        }
        err.println(m.format("usage.see", List.of(Invocation.of(cl.getCommandSpec().qualifiedName()))));
        err.flush();
        return ExitCode.USAGE;
    }

    /** The options or commands a typing slip away from the first unknown word (a letter or two), the nearest first. */
    private static List<String> nearest(CommandLine.UnmatchedArgumentException u) {
        if (u.getUnmatched().isEmpty()) {
            return List.of();
        }
        String typed = u.getUnmatched().get(0).split("=", 2)[0];
        CommandLine.Model.CommandSpec spec = u.getCommandLine().getCommandSpec();
        List<String> candidates = typed.startsWith("-")
                ? spec.options().stream().flatMap(o -> Arrays.stream(o.names())).toList()
                : new ArrayList<>(spec.subcommands().keySet());
        LevenshteinDistance d = LevenshteinDistance.getDefaultInstance();
        int near = Math.max(2, typed.length() / 3);
        return candidates.stream().distinct().filter(s -> d.apply(s, typed) <= near)
                .sorted(Comparator.comparingInt((String s) -> d.apply(s, typed)).thenComparing(s -> s)).limit(3).toList();
    }

    private static Messages messages(boolean zh) {
        return Messages.of(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }

    /** What was wrong with the command line, in the message language (picocli's own text only for the rare kinds). */
    static String describe(CommandLine.ParameterException e, boolean zh) {
        Messages m = messages(zh);
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            boolean option = first.startsWith("-");
            boolean subcommand = !option && !u.getCommandLine().getSubcommands().isEmpty()
                    && u.getCommandLine().getCommandSpec().positionalParameters().isEmpty();
            return m.format(option ? "usage.unknownOption" : subcommand ? "usage.unknownCommand" : "usage.unexpected",
                    List.of(String.join(" ", u.getUnmatched())));
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            List<String> names = missing.getMissing().stream().map(a -> a instanceof CommandLine.Model.OptionSpec o
                    ? o.longestName() + " " + o.paramLabel() : a.paramLabel()).toList();
            return m.format("usage.missing", List.of(names));
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            String name = e.getArgSpec() instanceof CommandLine.Model.OptionSpec o ? o.longestName() : e.getArgSpec().paramLabel();
            // a converter's own words (what a period looks like) without picocli's "Invalid value for option" before them
            String why = e.getCause() instanceof CommandLine.TypeConversionException t ? t.getMessage() : e.getMessage();
            return m.format("usage.invalid", List.of(name, String.valueOf(e.getValue()), String.valueOf(why)));
        }
        return m.format("usage.other", List.of(String.valueOf(e.getMessage())));
    }

    /**
     * The heap was too small for what was asked (nothing is half-written: outputs are written to a
     * temporary file and moved into place). One line naming the setting to raise; exit 2.
     */
    static int outOfMemory(String[] args, PrintStream err) {
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        String line;
        try {
            line = Messages.of(Lang.fromArgs(List.of(args))).format("oom", List.of(mb));
        } catch (RuntimeException | OutOfMemoryError e) {
            // with the heap still full the bundle may not load: the line in English, built from nothing
            line = "shequ: out of memory (Java heap limit " + mb + " MB); raise it with SHEQU_JAVA_OPTS, e.g. SHEQU_JAVA_OPTS=-Xmx2g";
        }
        err.println(line);
        return ExitCode.USAGE;
    }

    /** An Error that escaped a command (a StackOverflowError): one line, exit 3; the stack with --debug. */
    static int fatal(Error e, String[] args, PrintStream err) {
        boolean zh = Lang.chinese(Lang.fromArgs(List.of(args)));
        boolean debug = List.of(args).contains("--debug");
        Messages m = messages(zh);
        err.println("shequ: " + m.format("usage.bug", List.of(e.getClass().getSimpleName())) + (debug ? "" : m.format("usage.debug", List.of())));
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
