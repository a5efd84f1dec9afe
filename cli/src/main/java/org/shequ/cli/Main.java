package org.shequ.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.nio.file.Path;

/** The entry point: the only place that exits the JVM. */
public final class Main {
    private Main() {
    }

    public static void main(String[] given) {
        String[] args = Utf8Arguments.passed(given);
        Integer relaunched = relaunchForUtf8FileNames(args);
        if (relaunched != null) {
            System.exit(relaunched);
        }
        int code;
        try {
            code = Shequ.commandLine(args).execute(args);
        } catch (OutOfMemoryError e) {
            code = Errors.outOfMemory(args, System.err);
        } catch (Error e) {
            code = Errors.fatal(e, args, System.err); // StackOverflowError and the like: one line, exit 3
        }
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /**
     * Under LANG=C, POSIX, unset, or a locale that is not installed, Java 17 cannot name a file with
     * Chinese characters (the file-name encoding comes from the locale). shequ then runs itself
     * again, once, under C.UTF-8, keeping the locale the user had in SHEQU_LOCALE (the language
     * follows it); the exit code is the second run's. Null when no second run is needed.
     */
    private static Integer relaunchForUtf8FileNames(String[] args) {
        String jnu = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (jnu.equalsIgnoreCase("UTF-8") || jnu.equalsIgnoreCase("UTF8") || System.getenv("SHEQU_RELAUNCHED") != null) {
            return null;
        }
        String java = ProcessHandle.current().info().command().orElse(null);
        if (java == null) {
            return null;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        String[] raw = Utf8Arguments.raw(args);
        if (raw == null) {
            return Utf8Arguments.refuseIfLost(args, jnu);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        // the language still follows the locale the user had (see Lang), not the C.UTF-8 of the rerun
        pb.environment().putIfAbsent("SHEQU_LOCALE", firstNonEmpty(System.getenv("LC_ALL"), System.getenv("LC_MESSAGES"), System.getenv("LANG")));
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put("SHEQU_RELAUNCHED", "1");
        Path file = null;
        try {
            // the arguments go to the second run as UTF-8 in a file: this run cannot write them in an argument
            file = Utf8Arguments.handOver(raw, pb.environment());
            return pb.start().waitFor();
        } catch (IOException e) {
            return Utf8Arguments.refuseIfLost(args, jnu); // run on as we are: plain file names still work
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 3;
        } finally {
            Utf8Arguments.remove(file);
        }
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
