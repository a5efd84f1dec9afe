package org.shequ.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.shequ.core.Problem;
import java.nio.file.DirectoryStream;

/**
 * One run at a time in an output folder: {@code run} holds {@code .shequ-run.lock} there while it
 * writes, so that two runs started together never leave a mix of both; the second stops at once
 * (exit 2) naming the lock. Held, it also makes it safe to remove every temporary file a killed run
 * left (a live run's would be in use). The operating system releases the lock when the process
 * ends, however it ends: a killed run leaves no lock that blocks the next.
 */
public final class OutputLock implements AutoCloseable {
    public static final String FILE = ".shequ-run.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks the folder (created if missing) and removes what killed runs left: temporary files in it
     * and in the folders in it, and staging folders ({@link Staging}).
     */
    public static OutputLock acquire(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new Problem("run.locked", file.toString());
            }
            AtomicFile.sweepAll(dir);
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, Files::isDirectory)) {
                for (Path p : s) {
                    String name = p.getFileName().toString();
                    if (name.startsWith(Staging.PREFIX)) {
                        Staging.discardFolder(p);
                    } else {
                        AtomicFile.sweepAll(p);
                    }
                }
            }
            return new OutputLock(channel, lock);
        } catch (IOException e) {
            throw new Problem(e, "output.write", file.toString(), e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the process's end releases it anyway
        }
    }
}
