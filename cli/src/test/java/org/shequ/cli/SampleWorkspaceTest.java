package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertTrue(r.out().startsWith("3 个文件，131 条记录：错误 16，警告 5，提示 5\n"), r.out());
        String golden = Files.readString(SAMPLES.resolve("fufeng/expected-findings.txt"));
        assertEquals(golden, Files.readString(ws.resolve("out/findings.txt")));
        assertTrue(Files.readString(ws.resolve("out/findings.json")).contains("\"unit\": \"610324107227\""));
    }

    @Test
    void fufeng2018PackFindsExactlyItsDocumentedDefects() throws IOException {
        Path ws = copy(SAMPLES.resolve("fufeng"));
        Cli r = Cli.run("validate", ws.toString(), "--rules", "fufeng-2018", "--lang", "zh");
        assertEquals(1, r.code(), r.err());
        String golden = Files.readString(SAMPLES.resolve("fufeng/expected-findings-fufeng-2018.txt"))
                .replace("samples/fufeng", ws.toString());
        assertEquals(golden, r.out());
        assertTrue(r.out().contains("综合服务设施每百户 21.3 平方米，低于 30 平方米（扶政民发〔2017〕94号）"));
        assertTrue(r.out().contains("STD-OUTDOOR"), "1000 m² under fufeng-2018");
        assertFalse(r.out().contains("FF-ARTICLES"), "the sample's own rule is not in fufeng-2018");
        assertFalse(r.out().contains("610324106201"), "exactly 30.0 m² per 100 households passes");
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
