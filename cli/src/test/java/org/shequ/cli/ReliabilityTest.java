package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What docs/reliability.md promises, each promise a test: careless and hostile inputs. */
class ReliabilityTest {
    @TempDir
    Path tmp;

    private Path sample() throws IOException {
        return SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), tmp);
    }

    @Test
    void anOutputThatIsAnInputIsRefusedBeforeAnythingIsRead() throws Exception {
        Path ws = sample();
        Path csv = ws.resolve("data/城关街道.csv");
        byte[] before = Files.readAllBytes(csv);
        Cli r = Cli.run("validate", csv.toString(), "--format", "csv", "-o", csv.toString(), "--lang", "en");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("shequ: not writing ") && r.err().strip().lines().count() == 1, r.err());
        assertArrayEquals(before, Files.readAllBytes(csv));
        Path link = tmp.resolve("link.yaml");
        Files.createSymbolicLink(link, ws.resolve("shequ.yaml"));
        assertEquals(2, Cli.run("validate", ws.toString(), "-o", link.toString()).code(), "through a link too");
        assertEquals(2, Cli.run("aggregate", ws.toString(), "--format", "csv", "-o", ws.resolve("rules/local.yaml").toString()).code(),
                "nor a rule pack");

        Files.writeString(ws.resolve("shequ.yaml"), Files.readString(ws.resolve("shequ.yaml"))
                .replace("output: out", "output: data").replace("name: 社区达标情况一览表", "name: 各镇社区基本情况"));
        byte[] workbook = Files.readAllBytes(ws.resolve("data/各镇社区基本情况.xlsx"));
        Cli run = Cli.run("run", ws.toString(), "--lang", "zh");
        assertEquals(2, run.code(), run.err());
        assertArrayEquals(workbook, Files.readAllBytes(ws.resolve("data/各镇社区基本情况.xlsx")));
        assertFalse(Files.exists(ws.resolve("data/findings.json")), "nothing written: refused before reading");
    }

    @Test
    void aLinkIsWrittenThroughAndStaleTemporaryFilesAreSwept() throws Exception {
        Path ws = sample();
        Path target = tmp.resolve("real.json");
        Files.writeString(target, "old");
        Path link = tmp.resolve("out.json");
        Files.createSymbolicLink(link, target);
        Path stale = tmp.resolve(".shequ-x.json-0123.tmp");
        Files.writeString(stale, "left by a killed run");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(7200)));
        Path fresh = tmp.resolve(".shequ-y.json-0123.tmp");
        Files.writeString(fresh, "another run, now");
        assertEquals(1, Cli.run("validate", ws.resolve("data/城关街道.csv").toString(), "--format", "json", "-o", link.toString()).code());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.readString(target).contains("\"findings\""));
        assertFalse(Files.exists(stale), "a temporary file over an hour old is removed");
        assertTrue(Files.exists(fresh), "a recent one may be another run's");
        Path plain = tmp.resolve("plain.json");
        Cli.run("validate", ws.resolve("data/城关街道.csv").toString(), "--format", "json", "-o", plain.toString());
        Path reference = tmp.resolve("umask");
        Files.newOutputStream(reference).close(); // a file as this user's umask makes it
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(plain), "permissions as the umask gives");
    }

    @Test
    void noValueStopsARunAndNoControlCharacterReachesAnOutput() throws Exception {
        Path csv = tmp.resolve("big.csv");
        Files.writeString(csv, "统一代码,社区名称,户数,综合服务设施面积,群众满意度,常住人口,年度\n"
                + "610324001001,飞凤社区,1000,1e999,1e309," + "1".repeat(40) + ",2023\n"
                + "610324001004,胜利\u0000机械厂社区,1e12,NaN,Infinity,2000,1e2147483648\n");
        for (String format : List.of("json", "csv", "text", "sarif")) {
            Cli r = Cli.run("validate", csv.toString(), "--rules", "national", "--format", format);
            assertEquals(1, r.code(), r.err());
            assertFalse(r.out().contains("\u0000") || r.out().contains("\uFFFD"), format);
        }
        assertTrue(Cli.run("validate", csv.toString(), "--format", "json").out().contains("胜利␀机械厂社区"));
        assertEquals(1, Cli.run("aggregate", csv.toString(), "--rules", "national", "--format", "json", "-q").code());
        Path xlsx = tmp.resolve("f.xlsx");
        Cli.run("validate", csv.toString(), "--format", "json", "-o", tmp.resolve("f.json").toString());
        Cli.run("convert", csv.toString(), xlsx.toString());
        assertFalse(unzip(xlsx).values().stream().anyMatch(s -> s.contains("\u0000") || s.contains("\uFFFD")));
        Path pack = tmp.resolve("p.yaml");
        Files.writeString(pack, "id: p\nextends: national\noverrides:\n  STD-SPACE-100: {params: {min: 1e309}}\n");
        Cli check = Cli.run("rules", "check", pack.toString(), "--lang", "en");
        assertEquals(2, check.code());
        assertTrue(check.err().contains("not a finite number"), check.err());
    }

    @Test
    void templatesAndExpressionsAreBounded() throws Exception {
        Path ws = sample();
        Files.createDirectories(ws.resolve("templates"));
        Files.writeString(ws.resolve("templates/loop.md.ftl"), "x\n<#list 1..999999999 as i><#list 1..999999999 as j></#list></#list>\n");
        Files.writeString(ws.resolve("templates/rec.md.ftl"), "<#macro r n>${n}<@r n+1/></#macro>\n<@r 1/>\n");
        Files.writeString(ws.resolve("shequ.yaml"), Files.readString(ws.resolve("shequ.yaml")) + "render: {timeout: 2}\n");
        Cli loop = Cli.run("render", ws.toString(), "--template", "loop", "--format", "md", "--lang", "en");
        assertEquals(2, loop.code());
        assertTrue(loop.err().contains("template loop.md.ftl ran longer than 2 s (near line 2)"), loop.err());
        Cli rec = Cli.run("render", ws.toString(), "--template", "rec", "--format", "md", "--lang", "en");
        assertEquals(2, rec.code());
        assertTrue(rec.err().contains("recursed too deep"), rec.err());

        String deep = "(".repeat(50_000) + "1" + ")".repeat(50_000);
        for (String expr : List.of(deep, "households / 0", "service_area / (1 - 1)", "rt:exec(1) > 0", "size(name) > 0")) {
            Path pack = tmp.resolve("e.yaml");
            Files.writeString(pack, "id: e\nrules:\n  - {id: E-1, title: {zh: 测, en: t}, severity: error, check: \"" + expr.replace("\"", "\\\"")
                    + " > 0\"}\n");
            Cli r = Cli.run("rules", "check", pack.toString(), "--lang", "en");
            assertEquals(2, r.code(), expr);
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(r.err().contains("org."), "no internal names: " + r.err());
        }
    }

    @Test
    void yamlMeansWhatItSays() throws Exception {
        Path ws = sample();
        Files.writeString(ws.resolve("shequ.yaml"), Files.readString(ws.resolve("shequ.yaml")).replace("number: \"018\"", "number: 0012"));
        assertEquals(0, Cli.run("render", ws.toString(), "--template", "proposal-reply", "--format", "md").code());
        String reply = Files.readString(ws.resolve("out/提案答复.md"));
        assertTrue(reply.contains("第0012号") && !reply.contains("第10号"), "0012 is text, not the octal 10");
        Path pack = tmp.resolve("o.yaml");
        Files.writeString(pack, "id: o\nextends: national\noverrides:\n  STD-SPACE-100: {params: {min: 01750}}\n");
        assertEquals(2, Cli.run("rules", "check", pack.toString()).code(), "01750 is refused, never read as 1000");
        Path alias = tmp.resolve("alias.yaml");
        Files.writeString(alias, "- {统一代码: \"610324001001\", 社区名称: &n 飞凤社区, 户数: 1, 综合服务设施面积: 1, 年度: 2023}\n"
                + "- {统一代码: \"610324001004\", 社区名称: *n, 户数: 1, 综合服务设施面积: 1, 年度: 2023}\n");
        assertTrue(Cli.run("validate", alias.toString(), "--lang", "en").out().contains("an alias (*n) is not allowed"));
        Path two = tmp.resolve("two.yaml");
        Files.writeString(two, "- {统一代码: \"610324001001\", 社区名称: 飞凤社区, 户数: 1, 综合服务设施面积: 1, 年度: 2023}\n---\n- {a: 1}\n");
        assertTrue(Cli.run("validate", two.toString(), "--lang", "en").out().contains("a second YAML document"));
        Path longScalar = tmp.resolve("long.yaml");
        Files.writeString(longScalar, "- {名称: " + "x".repeat(10_000_000) + "}\n");
        long start = System.nanoTime();
        assertTrue(Cli.run("validate", longScalar.toString(), "--lang", "en").out().contains("longer than a cell may be"));
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "refused at once, not after a minute");
    }

    @Test
    void anUnterminatedQuoteEndsOnlyItsFile() throws Exception {
        Path bad = tmp.resolve("a.csv");
        StringBuilder b = new StringBuilder("统一代码,社区名称,户数,综合服务设施面积,年度\n610324001001,\"飞凤社区,1000,300,2023\n");
        b.append((("x".repeat(99)) + "\n").repeat(20_000));
        Files.writeString(bad, b);
        Files.writeString(tmp.resolve("b.csv"), "统一代码,社区名称,户数,综合服务设施面积,年度\n610324001004,胜利机械厂社区,1000,300,2023\n");
        Cli r = Cli.run("validate", bad.toString(), tmp.resolve("b.csv").toString(), "--lang", "en");
        assertTrue(r.out().contains("an unterminated quote, most likely"), r.out());
        assertTrue(r.out().contains("2 files, 1 record"), "the other file is read: " + r.out());
    }

    /** The sample with its inputs listed in reverse: the same bytes out. */
    @Test
    void theOrderOfTheInputsChangesNoOutput() throws Exception {
        Path a = sample();
        Path b = Files.move(SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), Files.createDirectories(tmp.resolve("r"))),
                tmp.resolve("r/fufeng2"));
        String yaml = Files.readString(b.resolve("shequ.yaml"));
        int from = yaml.indexOf("inputs:\n");
        int to = yaml.indexOf("output:");
        List<String> entries = new ArrayList<>();
        StringBuilder current = null;
        for (String line : yaml.substring(from + 8, to).split("\n")) {
            if (line.startsWith("  - ")) {
                if (current != null) {
                    entries.add(current.toString());
                }
                current = new StringBuilder(line).append('\n');
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        entries.add(current.toString());
        java.util.Collections.reverse(entries);
        Files.writeString(b.resolve("shequ.yaml"), yaml.substring(0, from + 8) + String.join("", entries) + yaml.substring(to));
        assertEquals(1, Cli.run("run", a.toString()).code());
        assertEquals(1, Cli.run("run", b.toString()).code());
        for (String f : List.of("aggregates.json", "社区治理工作情况汇报.md", "社区治理工作情况汇报.html", "社区达标情况一览表.html", "提案答复.md")) {
            assertEquals(Files.readString(a.resolve("out/" + f)), Files.readString(b.resolve("out/" + f)), f);
        }
        for (String f : List.of("aggregates.xlsx", "社区治理工作情况汇报.docx", "目标任务进度.xlsx", "社区达标情况一览表.xlsx")) {
            assertEquals(unzip(a.resolve("out/" + f)), unzip(b.resolve("out/" + f)), f);
        }
        assertTrue(unzip(a.resolve("out/aggregates.xlsx")).get("docProps/core.xml").contains("2000-01-01T00:00:00Z"), "a fixed time");
    }

    @Test
    void fileNamesWorkUnderAnyLocaleAndOnlyTheLanguageChanges() throws Exception {
        Path ws = sample();
        Map<String, String> outputs = new TreeMap<>();
        for (String lang : List.of("C", "POSIX", "", "zh_CN.UTF-8", "en_US.UTF-8")) {
            UnderLocale run = UnderLocale.run(lang, "validate", ws.toString(), "--format", "json", "-q");
            String out = run.output();
            assertEquals(1, run.code(), lang + ": " + out);
            com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
            json.get("findings").forEach(f -> ((com.fasterxml.jackson.databind.node.ObjectNode) f).remove("message"));
            outputs.put(lang, json.toString());
        }
        List<String> distinct = outputs.values().stream().distinct().toList();
        if (distinct.size() > 1) {
            String x = distinct.get(0);
            String y = distinct.get(1);
            int i = 0;
            while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) {
                i++;
            }
            assertEquals(x.substring(i, Math.min(x.length(), i + 200)), y.substring(i, Math.min(y.length(), i + 200)),
                    "the same findings, keys and values in every locale");
        }
    }

    @Test
    void aDamagedWorkbookIsOneFindingWithoutLibraryLogging() throws Exception {
        Path bad = tmp.resolve("bad.xlsx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bad))) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Types>&e;</Types>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        ProcessBuilder pb = new ProcessBuilder(javaCommand("validate", bad.toString(), "--lang", "en"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), out + err);
        assertTrue(out.contains("DATA-PARSE"), out);
        assertFalse(err.contains("FATAL") || err.contains("Exception") || err.contains("\tat "), err);
    }

    private static List<String> javaCommand(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** A zip's entries and their text. */
    static Map<String, String> unzip(Path file) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return entries;
    }
}
