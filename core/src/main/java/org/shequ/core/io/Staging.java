package org.shequ.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.shequ.core.Problem;

/**
 * A folder written in full before any of it is shown: its files are written into a hidden sibling
 * ({@code .shequ-staging-NAME}) and moved into place, each by a rename, only when the run that
 * writes them has succeeded. A run that fails discards the sibling; a killed run's sibling is
 * discarded by the next run, which holds the {@link OutputLock}.
 */
public final class Staging {
    static final String PREFIX = ".shequ-staging-";

    private Staging() {
    }

    /** The hidden folder beside {@code target} that its next contents are written into. */
    public static Path of(Path target) {
        return target.resolveSibling(PREFIX + target.getFileName());
    }

    /** An empty staging folder for {@code target} (what a killed run left in it removed). */
    public static Path fresh(Path target) {
        discard(target);
        Path staging = of(target);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new Problem(e, "output.write", staging.toString(), e.getMessage());
        }
        return staging;
    }

    /** Removes the staging folder of {@code target} and everything in it, if there is one. */
    public static void discard(Path target) {
        discardFolder(of(target));
    }

    static void discardFolder(Path staging) {
        if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(staging)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // what cannot be removed now is removed by the next run
        }
    }

    /**
     * Moves everything in the staging folder into {@code target}, each entry by a rename: a file
     * replaces the file of that name; a folder replaces the folder of that name whole (a folder is
     * the run's own). The files and folders named in {@code owned} that this run did not write go (a
     * list of this run's that is empty this time). Returns the entries now in place.
     */
    public static List<Path> promote(Path target, Collection<String> owned) {
        Path staging = of(target);
        List<Path> placed = new ArrayList<>();
        try {
            Files.createDirectories(target);
            try (DirectoryStream<Path> s = Files.newDirectoryStream(staging)) {
                for (Path p : s) {
                    Path to = target.resolve(p.getFileName().toString());
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        remove(to);
                    }
                    try {
                        Files.move(p, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(p, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                    placed.add(to);
                }
            }
            for (String name : owned) {
                Path stale = target.resolve(name);
                if (!placed.contains(stale)) {
                    remove(stale);
                }
            }
        } catch (IOException e) {
            throw new Problem(e, "output.write", target.toString(), e.getMessage());
        }
        discard(target);
        placed.sort(null);
        return placed;
    }

    private static void remove(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(p);
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
