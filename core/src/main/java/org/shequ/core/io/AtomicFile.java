package org.shequ.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.shequ.core.Problem;

/**
 * Writes a file so that readers never see half of it: into a temporary file in the same folder
 * ({@code .shequ-NAME-RANDOM.tmp}, created with the permissions the umask gives), then moved over
 * the target in one step. On failure the temporary file is removed and the target is untouched;
 * temporary files a killed run left behind (older than an hour) are removed by the next write in
 * that folder. A link is written through to the file it names; a FIFO or a device is written to,
 * never replaced by a regular file.
 */
public final class AtomicFile {
    static final String PREFIX = ".shequ-";
    static final String SUFFIX = ".tmp";
    private static final Duration STALE = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

    /** Writes the content; IOExceptions inside are reported as the write's failure. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes the content, replacing whatever file is at {@code target}: for outputs in a folder of shequ's. */
    public static void write(Path target, Content content) {
        write(target, content, true);
    }

    /**
     * Writes a file the user named ({@code -o}): an existing file is replaced only when it is
     * shequ's to replace ({@link Ownership}) or {@code force}; otherwise nothing is written and the
     * refusal names the file (exit 2).
     */
    public static void output(Path target, Content content, boolean force) {
        write(target, content, force);
    }

    private static void write(Path target, Content content, boolean force) {
        Path abs = target.toAbsolutePath();
        Path tmp = null;
        try {
            if (Files.isSymbolicLink(abs)) {
                abs = abs.toRealPath(); // write the file the link names; the link stays a link
            }
            if (Files.exists(abs) && !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(abs)) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(abs, StandardOpenOption.WRITE))) {
                    content.writeTo(out); // a FIFO or a device: written to, not replaced
                }
                return;
            }
            Path dir = abs.getParent();
            Files.createDirectories(dir);
            sweep(dir);
            tmp = dir.resolve(PREFIX + abs.getFileName() + "-" + HexFormat.of().toHexDigits(RANDOM.nextLong()) + SUFFIX);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            if (!force && !Ownership.mayReplace(abs, tmp)) {
                throw new Problem("output.notOurs", target.toString());
            }
            keepPermissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new Problem(e, "output.write", target.toString(), e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and removed by a later run; the write error was reported
                }
            }
        }
    }

    /** A file replaced keeps the permissions it had (a 0640 file stays 0640), not the umask's. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.isRegularFile(target)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): its own rules apply
        }
    }

    /**
     * Removes every temporary file a killed run left in a folder, whatever its age: for a caller that
     * holds the folder's lock, so no other run is writing there.
     */
    public static void sweepAll(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            for (Path p : s) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException ignored) {
            // an unreadable folder: the writes themselves will say so
        }
    }

    /** Removes the temporary files of killed runs (older than an hour) from a folder, once per run. */
    static void sweep(Path dir) {
        if (!SWEPT.add(dir)) {
            return;
        }
        FileTime before = FileTime.from(Instant.now().minus(STALE));
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            for (Path p : s) {
                try {
                    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && Files.getLastModifiedTime(p).compareTo(before) < 0) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException ignored) {
                    // another run's file, or gone already
                }
            }
        } catch (IOException ignored) {
            // an unreadable folder: the write itself will say so
        }
    }
}
