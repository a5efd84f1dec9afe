package org.shequ.core.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.shequ.core.Problem;
import org.shequ.core.io.Readers;
import org.shequ.core.io.SourceFile;

/**
 * Resolves what the user named into the files to read, in a stable order: a workspace's input
 * globs, a folder's readable files, or single files. Names are as given, or relative to the
 * workspace, so findings point where the user looks.
 */
public final class Inputs {
    private Inputs() {
    }

    /** The files of a workspace's {@code inputs:}, each with its kind, sheet and encoding. */
    public static List<SourceFile> of(Workspace ws) {
        Map<List<Object>, SourceFile> files = new LinkedHashMap<>();
        for (InputSpec spec : ws.inputs()) {
            Charset enc = charset(spec.encoding);
            for (Path p : glob(ws.dir(), spec.path)) {
                String name = name(ws.dir(), p);
                List<String> sheets = spec.sheet == null ? List.of() : spec.sheet;
                files.putIfAbsent(List.of(p.normalize(), sheets), new SourceFile(p, name, sheets, enc, spec.kind));
            }
        }
        if (files.isEmpty()) {
            throw new Problem("workspace.noInputs", ws.dir().resolve(Workspace.FILE).toString());
        }
        return List.copyOf(files.values());
    }

    /** A path from the command line: a file as it is, or a folder's readable files. */
    public static List<SourceFile> of(Path path, String given) {
        if (Files.isRegularFile(path)) {
            return List.of(SourceFile.of(path, given));
        }
        if (!Files.isDirectory(path)) {
            throw new Problem("input.missing", given);
        }
        List<SourceFile> out = new ArrayList<>();
        for (Path p : walk(path)) {
            if (Readers.readable(p)) {
                String name = (given.endsWith("/") ? given : given + "/") + path.relativize(p).toString().replace('\\', '/');
                out.add(SourceFile.of(p, name));
            }
        }
        if (out.isEmpty()) {
            throw new Problem("input.none", given);
        }
        return out;
    }

    public static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new Problem("option.encoding", name);
        }
    }

    private static List<Path> glob(Path dir, String pattern) {
        Path direct = dir.resolve(pattern);
        if (!pattern.contains("*") && !pattern.contains("?") && !pattern.contains("{")) {
            if (Files.isRegularFile(direct)) {
                return List.of(direct);
            }
            if (Files.isDirectory(direct)) {
                return walk(direct).stream().filter(Readers::readable).toList();
            }
            throw new Problem("input.missing", pattern);
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        if (Path.of(pattern).isAbsolute()) {
            // an absolute pattern is matched from its folder part (/data/2023/*.csv: the files under /data/2023)
            Path root = Path.of(pattern).getRoot();
            for (Path part : Path.of(pattern)) {
                if (part.toString().matches(".*[*?{\\[].*")) {
                    break;
                }
                root = root.resolve(part);
            }
            if (!Files.isDirectory(root)) {
                throw new Problem("input.missing", pattern);
            }
            return walk(root).stream().filter(p -> matcher.matches(p) && Readers.readable(p)).toList();
        }
        return walk(dir).stream()
                .filter(p -> matcher.matches(dir.relativize(p)) && Readers.readable(p))
                .toList();
    }

    /**
     * A file's name in findings: relative to the workspace when it lies inside it (or was named
     * relative to it), else as written (an absolute path elsewhere).
     */
    static String name(Path dir, Path file) {
        Path d = dir.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        if (file.isAbsolute() && !f.startsWith(d)) {
            return file.normalize().toString().replace('\\', '/');
        }
        return (file.isAbsolute() ? d.relativize(f) : dir.relativize(file)).toString().replace('\\', '/');
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
