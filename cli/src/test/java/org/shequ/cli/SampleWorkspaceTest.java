package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples run end to end: each workspace under samples/ is copied, run with {@code shequ run},
 * and its findings compared with the golden text its README documents (expected-findings.txt).
 */
class SampleWorkspaceTest {
    static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    Path tmp;

    @Test
    void fufengFindsExactlyItsDocumentedDefects() throws IOException {
        Path ws = copy(SAMPLES.resolve("fufeng"));
        Cli r = Cli.run("run", ws.toString(), "--lang", "zh");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().startsWith("3 个文件，131 条记录：错误 8，警告 3，提示 1\n"), r.out());
        String golden = Files.readString(SAMPLES.resolve("fufeng/expected-findings.txt"));
        assertEquals(golden, Files.readString(ws.resolve("out/findings.txt")));
        assertTrue(Files.readString(ws.resolve("out/findings.json")).contains("\"unit\": \"610324107227\""));
    }

    @Test
    void runIsDeterministic() throws IOException {
        Path a = copy(SAMPLES.resolve("fufeng"));
        Cli.run("run", a.toString());
        byte[] first = Files.readAllBytes(a.resolve("out/findings.json"));
        Cli.run("run", a.toString());
        assertEquals(new String(first, java.nio.charset.StandardCharsets.UTF_8),
                Files.readString(a.resolve("out/findings.json")));
    }

    private Path copy(Path from) throws IOException {
        Path to = tmp.resolve(from.getFileName());
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(p -> !p.toString().contains("/out/")).toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }
}
