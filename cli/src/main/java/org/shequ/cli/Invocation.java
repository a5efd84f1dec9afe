package org.shequ.cli;

import java.io.File;
import java.nio.file.Path;

/**
 * How the user called shequ, for the hints it prints ("下一步：./shequ run ws"): the launcher passes
 * what was typed in {@code SHEQU_COMMAND}; a launcher found on PATH is just {@code shequ}; without a
 * launcher, {@code java -jar} and the jar.
 */
final class Invocation {
    private Invocation() {
    }

    static String command() {
        String typed = System.getenv("SHEQU_COMMAND");
        if (typed != null && !typed.isBlank()) {
            Path p = Path.of(typed);
            Path folder = p.getParent();
            if (folder != null && p.isAbsolute()) {
                for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                    if (!entry.isEmpty() && Path.of(entry).toAbsolutePath().normalize().equals(folder.normalize())) {
                        return p.getFileName().toString();
                    }
                }
            }
            return typed;
        }
        try {
            Path jar = Path.of(Invocation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.toString().endsWith(".jar") ? "java -jar " + jar : "shequ";
        } catch (Exception e) {
            return "shequ";
        }
    }

    /** {@code shequ validate} as the user would type it: the command, then the subcommands. */
    static String of(String qualifiedName) {
        return qualifiedName.startsWith("shequ") ? command() + qualifiedName.substring(5) : qualifiedName;
    }
}
