package org.shequ.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archives as an analyst's PC gets them: unpacked into a temporary folder and run on the
 * bundled sample with nothing but a JDK (no Maven, no git, no bash); the self-contained archive with
 * no Java at all. The findings are the sample's documented ones, word for word.
 */
class ReleaseIT {
    @TempDir
    Path dir;

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final Path GOLDEN = Path.of("..", "samples", "fufeng", "expected-findings.txt");

    private Map<String, String> bare(Path tools) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", tools.toString());
        env.put("HOME", dir.resolve("home").toString());
        env.put("LANG", "zh_CN.UTF-8");
        env.put("SHEQU_AOT_JAVA", "none"); // the default java's archive; JDK 25's cache is tested on its own
        return env;
    }

    @Test
    void theZipRunsTheSampleWithOnlyAJdk() throws Exception {
        Path home = Release.unzip(Release.zip(), Files.createDirectories(dir.resolve("unpacked")));
        assertEquals("shequ-0.2.0", home.getFileName().toString());
        Path tools = Release.bareTools(dir.resolve("tools"), JAVA);
        Release.Ran r = Release.run(home, bare(tools), "bin/shequ", "run", "samples/fufeng");
        assertEquals(1, r.code(), "the sample has errors on purpose: " + r.out() + r.err());
        assertEquals(Files.readString(GOLDEN), Files.readString(home.resolve("samples/fufeng/out/findings.txt")));
        assertTrue(Files.size(home.resolve("samples/fufeng/out/社区治理工作情况汇报.docx")) > 0);
        // the start-up cache was made after that first run, in the user's cache, and is used from then on
        assertTrue(r.err().contains("preparing the start-up cache"), r.err());
        Map<String, String> env = bare(tools);
        env.put("SHEQU_LAUNCH", "print");
        Release.Ran print = Release.run(home, env, "bin/shequ", "run", "samples/fufeng");
        assertTrue(print.out().contains("-XX:SharedArchiveFile=" + dir.resolve("home/.cache/shequ")), print.out());
        Release.Ran again = Release.run(home, bare(tools), "bin/shequ", "run", "samples/fufeng", "-q");
        assertEquals(1, again.code(), again.err());
        assertFalse(again.err().contains("preparing"), "made once: " + again.err());
    }

    @Test
    void aJdk25BesideItGivesShortRunsItsStartUpCache() throws Exception {
        Path j25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
        assumeTrue(Files.isExecutable(j25), "a JDK 25 installed beside the default java");
        Path home = Release.unzip(Release.zip(), Files.createDirectories(dir.resolve("unpacked")));
        Map<String, String> env = bare(Release.bareTools(dir.resolve("tools"), JAVA));
        env.put("SHEQU_AOT_JAVA", j25.toString());
        Path csv = home.resolve("samples/fufeng/data/城关街道.csv");
        Release.Ran first = Release.run(home, env, "bin/shequ", "validate", csv.toString(), "-q");
        assertEquals(1, first.code(), first.err());
        assertTrue(first.err().contains("preparing the start-up cache shequ.validate.aot"), first.err());
        Release.Ran second = Release.run(home, env, "bin/shequ", "validate", csv.toString(), "-q");
        assertEquals(first.out(), second.out(), "the same findings with the cache");
        env.put("SHEQU_LAUNCH", "print");
        Release.Ran print = Release.run(home, env, "bin/shequ", "validate", csv.toString(), "-q");
        assertTrue(print.out().startsWith(j25 + " -XX:AOTCache=") && print.out().contains("shequ.validate.aot"), print.out());
    }

    @Test
    void theTarGzHoldsWhatTheZipHolds() throws Exception {
        Map<String, Integer> zip = Release.entries(Release.zip());
        assertEquals(zip, Release.entries(Release.tar()));
        assertEquals(0755, zip.get("shequ-0.2.0/bin/shequ"));
        for (String f : List.of("bin/shequ.bat", "lib/shequ.jar", "README.md", "CHANGELOG.md", "docs/reliability.md",
                "samples/fufeng/shequ.yaml", "samples/fufeng/data/城关街道.csv", "man/man1/shequ-run.1")) {
            assertTrue(zip.containsKey("shequ-0.2.0/" + f), f + " in " + zip.keySet());
        }
        assertTrue(zip.keySet().stream().noneMatch(n -> n.contains("/out/")), "no output of a run in the checkout");
    }

    @Test
    void theSelfContainedArchiveNeedsNoJava() throws Exception {
        assumeTrue(Files.exists(Release.runtimeTar()), "made on Linux x64 only");
        Path home = Release.untar(Release.runtimeTar(), Files.createDirectories(dir.resolve("unpacked")));
        Path tools = Release.bareTools(dir.resolve("tools"), null);
        Release.Ran r = Release.run(home, bare(tools), "bin/shequ", "run", "samples/fufeng", "-q");
        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals(Files.readString(GOLDEN), Files.readString(home.resolve("samples/fufeng/out/findings.txt")));
        Path csv = home.resolve("samples/fufeng/data/城关街道.csv");
        Release.Ran gbk = Release.run(home, bare(tools), "bin/shequ", "validate", csv.toString(), "--format", "json", "-q");
        assertTrue(gbk.out().contains("\"files\": 1"), "a GBK CSV is read by the runtime's charsets: " + gbk.out() + gbk.err());
    }

    @Test
    void theLauncherPassesEveryArgumentExactly() throws Exception {
        Path home = Release.unzip(Release.zip(), Files.createDirectories(dir.resolve("unpacked")));
        Path tools = Release.bareTools(dir.resolve("tools"), null);
        Path record = dir.resolve("args.bin");
        // a java that answers the version question and records the arguments it is given, NUL after each
        Files.writeString(tools.resolve("java"), "#!/bin/sh\n"
                + "case \"$1\" in -XshowSettings*) echo '    java.specification.version = 17' >&2; exit 0 ;; esac\n"
                + "for a in \"$@\"; do printf '%s\\0' \"$a\"; done > " + record + "\nexit 0\n");
        Files.setPosixFilePermissions(tools.resolve("java"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> args = List.of("validate", "a b.csv", "\"quoted\"", "it's", "line\nbreak", "", "*", "$HOME", "--lang", "zh");
        List<String> command = new ArrayList<>(List.of("bin/shequ"));
        command.addAll(args);
        Map<String, String> env = bare(tools);
        env.put("SHEQU_CACHE", "none"); // no cache is made afterwards by the same java
        Release.Ran r = Release.run(home, env, command.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        String[] got = Files.readString(record, StandardCharsets.UTF_8).split("\0", -1);
        List<String> passed = List.of(got).subList(0, got.length - 1);
        int jar = passed.indexOf("-jar");
        assertTrue(passed.get(jar + 1).endsWith("lib/shequ.jar"), passed.toString());
        assertEquals(args, passed.subList(jar + 2, passed.size()));
    }

    @Test
    void theLaunchersOwnFailuresExitTwoWithOneLine() throws Exception {
        Path home = Release.unzip(Release.zip(), Files.createDirectories(dir.resolve("unpacked")));
        Path none = Release.bareTools(dir.resolve("none"), null);
        Release.Ran noJava = Release.run(home, bare(none), "bin/shequ", "--version");
        assertEquals(2, noJava.code());
        assertTrue(noJava.err().startsWith("shequ: no Java found"), noJava.err());
        Path old = Release.bareTools(dir.resolve("old"), null);
        Files.writeString(old.resolve("java"), "#!/bin/sh\necho '    java.specification.version = 1.8' >&2\nexit 0\n");
        Files.setPosixFilePermissions(old.resolve("java"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Release.Ran tooOld = Release.run(home, bare(old), "bin/shequ", "--version");
        assertEquals(2, tooOld.code());
        assertTrue(tooOld.err().contains("needs Java 17 or newer") && tooOld.err().contains("Java 1.8"), tooOld.err());
        Files.delete(home.resolve("lib/shequ.jar"));
        Release.Ran noJar = Release.run(home, bare(Release.bareTools(dir.resolve("jdk"), JAVA)), "bin/shequ", "--version");
        assertEquals(2, noJar.code());
        assertTrue(noJar.err().contains("shequ.jar is missing"), noJar.err());
    }

    @Test
    void aCacheThatCannotBeMadeIsSkippedAndATypoMakesNone() throws Exception {
        Path home = Release.unzip(Release.zip(), Files.createDirectories(dir.resolve("unpacked")));
        Path tools = Release.bareTools(dir.resolve("tools"), JAVA);
        Map<String, String> env = bare(tools);
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        env.put("SHEQU_CACHE", notAFolder.resolve("cache").toString()); // cannot be made, even by root
        Release.Ran r = Release.run(home, env, "bin/shequ", "--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("0.2.0"), r.out());
        assertFalse(r.err().contains("preparing"), r.err());
        Release.Ran typo = Release.run(home, bare(tools), "bin/shequ", "valdate", "x.csv");
        assertEquals(2, typo.code());
        assertFalse(typo.err().contains("preparing"), "no cache for a command line that did not parse: " + typo.err());
        assertFalse(Files.exists(dir.resolve("home/.cache/shequ")) && Files.walk(dir.resolve("home/.cache/shequ"))
                .anyMatch(p -> p.toString().endsWith(".jsa")), "no archive made");
    }

    @Test
    void theWindowsLauncherIsWellFormed() throws Exception {
        Path bat = Path.of("src/bin/shequ.bat");
        List<String> lines = Release.rawLines(bat);
        String text = String.join("", lines);
        for (String line : lines) {
            assertTrue(line.endsWith("\r\n"), "CRLF line endings: " + line);
            assertTrue(line.chars().allMatch(c -> c < 0x80), "ASCII only (cmd reads a .bat in the console's code page): " + line);
        }
        assertTrue(lines.get(0).equals("@echo off\r\n"));
        assertTrue(text.contains("-jar \"%SHEQU_JAR%\" %*\r\n"), "every argument passed through");
        assertTrue(text.contains("chcp 65001"), "a UTF-8 console");
        assertTrue(text.contains("%JAVA_HOME%\\bin\\java.exe") && text.contains("where java"), "JAVA_HOME, then PATH");
        assertTrue(text.contains("exit /b %SHEQU_RC%"), "the command's exit code is the launcher's");
        long exits = lines.stream().filter(l -> l.strip().equals("exit /b 2")).count();
        assertTrue(exits >= 3, "its own failures exit 2");
        for (String l : lines) {
            String s = l.strip();
            if (s.startsWith("goto :")) {
                assertTrue(lines.contains(s.substring(5) + "\r\n"), "a label for " + s);
            }
            if (s.contains("goto :")) {
                String label = s.substring(s.indexOf("goto :") + 5).split("\\s")[0];
                assertTrue(lines.contains(label + "\r\n"), "a label for " + s);
            }
        }
        long open = text.chars().filter(c -> c == '(').count();
        long close = text.chars().filter(c -> c == ')').count();
        assertEquals(open, close, "balanced blocks");
    }
}
