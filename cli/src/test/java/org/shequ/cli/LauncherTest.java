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
        Path ws = workspace("inputs:\n  - data/城关街道.csv\n");
        assertFalse(launch(Map.of("SHEQU_AOT_JAVA", "none"), "run", ws.toString()).contains("UseTransparentHugePages"),
                "a county run gains nothing from them (bench/startup-tricks.sh)");
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

    /**
     * A checkout as the launcher sees it, with a Maven on PATH that takes two seconds, counts its builds
     * and leaves the real jar: two first runs at once build once and both run.
     */
    @Test
    void twoFirstRunsAtOnceBuildOnceAndBothRun() throws Exception {
        Path co = checkout();
        Path counter = dir.resolve("builds.txt");
        Path tools = fakeJava(Files.createDirectories(dir.resolve("tools")));
        script(tools.resolve("mvn"), "sleep 2\necho build >> " + counter + "\nmkdir -p cli/target\n"
                + "echo jar > cli/target/shequ.jar.part && mv cli/target/shequ.jar.part cli/target/shequ.jar\n");
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ProcessBuilder pb = new ProcessBuilder("sh", co.resolve("shequ").toString(), "--version").redirectErrorStream(true);
            pb.environment().put("PATH", tools + ":" + System.getenv("PATH"));
            pb.environment().remove("JAVA_HOME");
            pb.environment().put("SHEQU_CACHE", "none");
            runs.add(pb.start());
        }
        for (Process p : runs) {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
            assertTrue(out.contains("java ran: --version"), out);
        }
        assertEquals(1, Files.readAllLines(counter).size(), "built once");
    }

    @Test
    void aCheckoutWithoutMavenOrJarIsExitTwoWithOneLine() throws Exception {
        Path co = checkout();
        Path tools = Files.createDirectories(dir.resolve("bare"));
        for (String t : List.of("sh", "find", "head", "mktemp", "cat", "rm", "sed", "grep", "du", "cksum", "mkdir", "rmdir", "sleep")) {
            Path p = Path.of("/usr/bin", t);
            if (Files.exists(p)) {
                Files.createSymbolicLink(tools.resolve(t), p);
            }
        }
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", co.resolve("shequ").toString(), "--version").redirectErrorStream(true);
        pb.environment().put("PATH", tools.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), out);
        assertTrue(out.startsWith("shequ: building from a checkout needs Maven (mvn)"), out);
        assertEquals(1, out.strip().lines().count(), out);
    }

    @Test
    void aReadOnlyCheckoutRunsTheJarItHasAndSaysWhy() throws Exception {
        // root writes into a read-only folder: as root, the launcher runs as the user nobody
        boolean root = "root".equals(System.getProperty("user.name"));
        org.junit.jupiter.api.Assumptions.assumeTrue(!root || Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv to run as nobody");
        Path co = checkout();
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(co.resolve("cli/target"));
        Files.writeString(co.resolve("cli/target/shequ.jar"), "jar");
        Path tools = fakeJava(Files.createDirectories(dir.resolve("tools")));
        Files.setLastModifiedTime(co.resolve("cli/target/shequ.jar"), java.nio.file.attribute.FileTime.fromMillis(0));
        for (Path p : List.of(co.resolve("cli/target"), co)) {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            List<String> command = new ArrayList<>(root
                    ? List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups") : List.of());
            command.addAll(List.of("sh", co.resolve("shequ").toString(), "--version"));
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().put("SHEQU_CACHE", "none");
            pb.environment().put("PATH", tools + ":" + System.getenv("PATH"));
            pb.environment().remove("JAVA_HOME");
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), err);
            assertTrue(out.contains("java ran: --version"), out);
            assertTrue(err.contains("cannot be rebuilt here (the folder is read-only)"), err);
        } finally {
            for (Path p : List.of(co, co.resolve("cli/target"))) {
                Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    /** A java that answers the version question and otherwise says it ran, with its last argument. */
    private static Path fakeJava(Path tools) throws IOException {
        script(tools.resolve("java"), "case \"$1\" in -XshowSettings*) echo '    java.specification.version = 17' >&2; exit 0 ;; esac\n"
                + "for a; do last=$a; done\necho \"java ran: $last\"\n");
        return tools;
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The launchers and the folders they look at, in a temporary folder (no sources, no jar). */
    private Path checkout() throws IOException {
        Path co = Files.createDirectories(dir.resolve("checkout"));
        Files.copy(LAUNCHER, co.resolve("shequ"));
        Files.createDirectories(co.resolve("dist/src/bin"));
        Files.copy(LAUNCHER.resolveSibling("dist/src/bin/shequ"), co.resolve("dist/src/bin/shequ"));
        for (String f : List.of("pom.xml", "core/pom.xml", "cli/pom.xml")) {
            Files.createDirectories(co.resolve(f).getParent());
            Files.writeString(co.resolve(f), "<project/>\n");
        }
        for (String d : List.of("core/src/main", "cli/src/main", "templates")) {
            Files.createDirectories(co.resolve(d));
        }
        return co;
    }

    private Path workspace(String yaml) throws IOException {
        Path ws = Files.createDirectories(dir.resolve("ws" + System.nanoTime()));
        Files.writeString(ws.resolve("shequ.yaml"), "jurisdiction: \"610324\"\n" + yaml);
        return ws;
    }

    private String launch(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SHEQU_LAUNCH", "print");
        pb.environment().remove("SHEQU_JAVA_OPTS");
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("SHEQU_CACHE", dir.resolve("cache").toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
