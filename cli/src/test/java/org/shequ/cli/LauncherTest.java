package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's choices, as {@code SHEQU_LAUNCH=print} shows them: short runs (everything named
 * under 32 MB) get the first JIT tier only and, when a JDK 25 is given, its start-up cache (the
 * validate one for {@code validate}); large inputs, none named, or a workspace whose shequ.yaml
 * names files outside its folder keep the default java with both tiers.
 */
class LauncherTest {
    private static final String SHORT = "-XX:TieredStopAtLevel=1";
    private static final Path LAUNCHER = Path.of("..", "shequ").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void aCountyWorkspaceIsAShortRun() throws Exception {
        Path ws = workspace("inputs:\n  - data/城关街道.csv   # 见 /etc 或 ../旧表（注释不算）\n# /abs/path\noutput: out\n");
        String command = launch(Map.of("SHEQU_AOT_JAVA", "/opt/jdk25/bin/java"), "run", ws.toString());
        assertTrue(command.startsWith("/opt/jdk25/bin/java "), command);
        assertTrue(command.contains(SHORT), command);
        assertTrue(command.contains("shequ.run.aot"), command);
        assertTrue(command.contains("-XX:ReservedCodeCacheSize=240m"), "no full collection for the code cache: " + command);
    }

    @Test
    void shortRunsTakeHugePagesWhereTheSystemGivesThemOnRequest() throws Exception {
        Path thp = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean onRequest = Files.isReadable(thp) && Files.readString(thp).contains("[madvise]");
        Path csv = Files.writeString(dir.resolve("c.csv"), "统一代码,社区名称\n");
        for (String java : List.of("/opt/jdk25/bin/java", "none")) {
            String command = launch(Map.of("SHEQU_AOT_JAVA", java), "validate", csv.toString());
            assertEquals(onRequest, command.contains("-XX:+UseTransparentHugePages"), thp + ": " + command);
        }
        Path big = dir.resolve("全国.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(32L << 20);
        }
        String command = launch(Map.of("SHEQU_AOT_JAVA", "/opt/jdk25/bin/java"), "validate", big.toString());
        assertFalse(command.contains("UseTransparentHugePages"), "large inputs keep the JVM's defaults: " + command);
    }

    @Test
    void aCheckUsesTheValidateCache() throws Exception {
        Path csv = Files.writeString(dir.resolve("c.csv"), "统一代码,社区名称\n");
        String command = launch(Map.of("SHEQU_AOT_JAVA", "/opt/jdk25/bin/java"), "validate", csv.toString(), "-q");
        assertTrue(command.contains("shequ.validate.aot"), command);
        assertTrue(command.contains(SHORT), command);
    }

    @Test
    void aCountyDocumentUsesTheRenderCache() throws Exception {
        Path ws = workspace("inputs:\n  - data/城关街道.csv\n");
        String command = launch(Map.of("SHEQU_AOT_JAVA", "/opt/jdk25/bin/java"), "render", ws.toString(), "-t", "work-report");
        assertTrue(command.contains("shequ.render.aot"), command);
        command = launch(Map.of("SHEQU_AOT_JAVA", "/opt/jdk25/bin/java"), "--lang", "en", "aggregate", ws.toString());
        assertTrue(command.contains("shequ.run.aot"), "every other command: " + command);
    }

    @Test
    void withoutAnotherJdkTheDefaultJavaRunsTheShortRun() throws Exception {
        Path csv = Files.writeString(dir.resolve("c.csv"), "统一代码,社区名称\n");
        String command = launch(Map.of("SHEQU_AOT_JAVA", "none"), "validate", csv.toString());
        assertTrue(command.startsWith("java "), command);
        assertTrue(command.contains(SHORT), command);
        assertFalse(command.contains("AOTCache"), command);
    }

    @Test
    void aWorkspaceNamingFilesOutsideItsFolderIsNotShort() throws Exception {
        for (String input : List.of("../全国.csv", "/data/全国.csv", "[../a.csv, b.csv]", "{path: ../a.csv, kind: staff}")) {
            Path ws = workspace("inputs:\n  - " + input + "\n");
            String command = launch(Map.of("SHEQU_AOT_JAVA", "/opt/jdk25/bin/java"), "run", ws.toString());
            assertTrue(command.startsWith("java "), input + ": " + command);
            assertFalse(command.contains(SHORT), input + ": " + command);
        }
    }

    @Test
    void aLargeFileOrNothingNamedIsNotShort() throws Exception {
        Path big = dir.resolve("全国.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(32L << 20); // 32 MB (sparse: its size is what counts)
        }
        Path small = Files.writeString(dir.resolve("c.csv"), "统一代码\n");
        for (List<String> args : List.of(List.of("validate", small.toString(), big.toString()), List.of("run"), List.of("--version"))) {
            String command = launch(Map.of("SHEQU_AOT_JAVA", "/opt/jdk25/bin/java"), args.toArray(String[]::new));
            assertTrue(command.startsWith("java "), args + ": " + command);
            assertFalse(command.contains(SHORT), args + ": " + command);
        }
    }

    @Test
    void theArgumentsArePassedAsGiven() throws Exception {
        Path csv = Files.writeString(dir.resolve("a b.csv"), "统一代码\n");
        String command = launch(Map.of("SHEQU_AOT_JAVA", "none"), "validate", csv.toString(), "--format", "json");
        assertTrue(command.endsWith("shequ.jar validate " + csv + " --format json"), command);
    }

    private Path workspace(String yaml) throws IOException {
        Path ws = Files.createDirectories(dir.resolve("ws" + System.nanoTime()));
        Files.writeString(ws.resolve("shequ.yaml"), "jurisdiction: \"610324\"\n" + yaml);
        return ws;
    }

    private static String launch(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SHEQU_LAUNCH", "print");
        pb.environment().remove("SHEQU_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
