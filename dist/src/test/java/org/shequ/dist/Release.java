package org.shequ.dist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** The archives as a user gets them: unpacked with their file modes, run in a bare environment. */
final class Release {
    private Release() {
    }

    static Path zip() {
        return Path.of(System.getProperty("shequ.release", "target/shequ-0.2.0.zip"));
    }

    static Path tar() {
        return Path.of(System.getProperty("shequ.releaseTar", "target/shequ-0.2.0.tar.gz"));
    }

    static Path runtimeTar() {
        return Path.of(System.getProperty("shequ.runtimeRelease", "target/shequ-0.2.0-linux-x64.tar.gz"));
    }

    /** Unpacks a zip into {@code to}, keeping each entry's Unix mode; returns the one top folder. */
    static Path unzip(Path zip, Path to) throws IOException {
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            Enumeration<ZipArchiveEntry> all = z.getEntries();
            while (all.hasMoreElements()) {
                ZipArchiveEntry e = all.nextElement();
                Path p = inside(to, e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(p);
                    continue;
                }
                Files.createDirectories(p.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, p);
                }
                mode(p, e.getUnixMode());
            }
        }
        return top(to);
    }

    /** Unpacks a tar.gz into {@code to}, keeping modes and links; returns the one top folder. */
    static Path untar(Path tar, Path to) throws IOException {
        try (TarArchiveInputStream in = new TarArchiveInputStream(new GzipCompressorInputStream(Files.newInputStream(tar)))) {
            TarArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                Path p = inside(to, e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(p);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(p.getParent());
                    Files.createSymbolicLink(p, Path.of(e.getLinkName()));
                } else {
                    Files.createDirectories(p.getParent());
                    Files.copy(in, p);
                    mode(p, e.getMode());
                }
            }
        }
        return top(to);
    }

    /** The entries of an archive (files only) and their modes. */
    static Map<String, Integer> entries(Path archive) throws IOException {
        Map<String, Integer> all = new TreeMap<>();
        if (archive.toString().endsWith(".zip")) {
            try (ZipFile z = ZipFile.builder().setPath(archive).get()) {
                for (ZipArchiveEntry e : java.util.Collections.list(z.getEntries())) {
                    if (!e.isDirectory()) {
                        all.put(e.getName(), e.getUnixMode() & 0777);
                    }
                }
            }
        } else {
            try (TarArchiveInputStream in = new TarArchiveInputStream(new GzipCompressorInputStream(Files.newInputStream(archive)))) {
                ArchiveEntry e;
                while ((e = in.getNextEntry()) != null) {
                    if (!e.isDirectory()) {
                        all.put(e.getName(), ((TarArchiveEntry) e).getMode() & 0777);
                    }
                }
            }
        }
        return all;
    }

    private static Path inside(Path to, String name) throws IOException {
        Path p = to.resolve(name).normalize();
        if (!p.startsWith(to)) {
            throw new IOException("an entry outside the folder: " + name);
        }
        return p;
    }

    private static Path top(Path to) throws IOException {
        try (var s = Files.list(to)) {
            List<Path> all = s.toList();
            if (all.size() != 1) {
                throw new IOException("not one top folder: " + all);
            }
            return all.get(0);
        }
    }

    private static void mode(Path p, int mode) throws IOException {
        if ((mode & 0100) != 0) {
            Set<PosixFilePermission> perms = new HashSet<>(Files.getPosixFilePermissions(p));
            perms.add(PosixFilePermission.OWNER_EXECUTE);
            perms.add(PosixFilePermission.GROUP_EXECUTE);
            perms.add(PosixFilePermission.OTHERS_EXECUTE);
            Files.setPosixFilePermissions(p, perms);
        }
    }

    /**
     * A folder of links to the few programs a POSIX system has everywhere, and nothing else: no Maven,
     * no git, no bash, and a java only when {@code java} is given.
     */
    static Path bareTools(Path dir, Path java) throws IOException {
        Path tools = Files.createDirectories(dir);
        for (String t : List.of("sh", "sed", "grep", "du", "cksum", "mktemp", "date", "cp", "rm", "mkdir", "mv", "ls",
                "cat", "touch", "env", "dirname", "head", "find", "sleep")) {
            for (String where : List.of("/usr/bin/", "/bin/")) {
                Path p = Path.of(where + t);
                if (Files.isExecutable(p) && !Files.exists(tools.resolve(t))) {
                    Files.createSymbolicLink(tools.resolve(t), p);
                }
            }
        }
        if (java != null) {
            Files.createSymbolicLink(tools.resolve("java"), java);
        }
        return tools;
    }

    /** What a process printed and how it ended. */
    record Ran(int code, String out, String err) {
    }

    /** Runs {@code command} in {@code dir} with only the environment given (and no other). */
    static Ran run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        Path out = Files.createTempFile("shequ-out", ".txt");
        Path err = Files.createTempFile("shequ-err", ".txt");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process p = pb.start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("did not end in 300 s: " + List.of(command));
            }
            return new Ran(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The lines of a file, each with its line ending (CRLF kept). */
    static List<String> rawLines(Path file) throws IOException {
        String all = Files.readString(file, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < all.length(); i++) {
            if (all.charAt(i) == '\n') {
                lines.add(all.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < all.length()) {
            lines.add(all.substring(from));
        }
        return lines;
    }
}
