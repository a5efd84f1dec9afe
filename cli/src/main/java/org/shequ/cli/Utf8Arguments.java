package org.shequ.cli;

import org.shequ.core.Words;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;

/**
 * The command line as the user typed it, under a locale whose file-name encoding is not UTF-8
 * ({@code LANG=C}, as in a bare {@code java -jar shequ.jar}): Java 17 has already turned every
 * Chinese character of the arguments into {@code ?}. On Linux the bytes typed are still in
 * {@code /proc/self/cmdline}; they are read from there as UTF-8 and handed to the run under
 * C.UTF-8 in a file (an argument of that run would lose them again). Where they cannot be had, an
 * argument with a {@code ?} is refused with a sentence (exit 2), never read as another name.
 */
final class Utf8Arguments {
    static final String ENV = "SHEQU_ARGUMENTS";

    private Utf8Arguments() {
    }

    /** The arguments: those handed over in {@link #ENV}'s file by the first run, else the ones given. */
    static String[] passed(String[] given) {
        String file = System.getenv(ENV);
        if (file == null || given.length > 0) {
            return given;
        }
        try {
            String all = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            return all.isEmpty() ? new String[0] : all.substring(0, all.length() - 1).split("\0", -1);
        } catch (IOException | RuntimeException e) {
            return given;
        }
    }

    /** The last {@code args.length} entries of {@code /proc/self/cmdline}, decoded as UTF-8; null where there are none. */
    static String[] raw(String[] args) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of("/proc/self/cmdline"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        String all = new String(bytes, StandardCharsets.UTF_8);
        if (all.endsWith("\0")) {
            all = all.substring(0, all.length() - 1);
        }
        String[] entries = all.split("\0", -1);
        if (entries.length < args.length) {
            return null;
        }
        String[] mine = Arrays.copyOfRange(entries, entries.length - args.length, entries.length);
        for (int i = 0; i < args.length; i++) {
            if (!sameUpToLoss(args[i], mine[i])) {
                return null; // not the arguments after all (an argument file, a wrapper): not guessed
            }
        }
        return mine;
    }

    /** Whether {@code seen} is {@code raw} as Java decoded it: the same length, ASCII kept, each lost character a ? or U+FFFD. */
    private static boolean sameUpToLoss(String seen, String raw) {
        if (seen.equals(raw)) {
            return true;
        }
        int[] a = seen.codePoints().toArray();
        int[] b = raw.codePoints().toArray();
        if (a.length < b.length) {
            return false;
        }
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (b[j] < 0x80) {
                if (a[i] != b[j]) {
                    return false;
                }
                i++;
                j++;
            } else {
                if (a[i] != '?' && a[i] != 0xFFFD) {
                    return false;
                }
                // one character may have become one ? per byte
                int n = new String(Character.toChars(b[j])).getBytes(StandardCharsets.UTF_8).length;
                int k = 0;
                while (k < n && i < a.length && (a[i] == '?' || a[i] == 0xFFFD)) {
                    i++;
                    k++;
                }
                j++;
            }
        }
        return j == b.length && i == a.length;
    }

    /** Writes the arguments into a private file named in {@link #ENV}; returns the file. */
    static Path handOver(String[] args, Map<String, String> env) throws IOException {
        Path file = Files.createTempFile("shequ-arguments-", ".txt",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        StringBuilder all = new StringBuilder();
        for (String a : args) {
            all.append(a).append('\0');
        }
        Files.writeString(file, all, StandardCharsets.UTF_8);
        env.put(ENV, file.toString());
        return file;
    }

    static void remove(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // in the temporary folder, private to the user
            }
        }
    }

    /**
     * Null (run on) when no argument lost a character; otherwise the sentence on standard error and
     * exit 2: an argument with a {@code ?} in it may be a Chinese name this locale cannot pass.
     */
    static Integer refuseIfLost(String[] args, String encoding) {
        for (String a : args) {
            if (a.indexOf('?') >= 0 || a.indexOf('\uFFFD') >= 0) {
                // both languages: the locale that lost the characters says nothing of the language wanted
                System.err.println(Words.format("arguments.lost", a, encoding));
                return ExitCode.USAGE;
            }
        }
        return null;
    }
}
