package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.io.OutputLock;

/**
 * Outputs stay inside their place and replace nothing that is not theirs: {@code -o} onto a data
 * workbook or table shequ did not write is refused without {@code --force}; a report's name is a
 * file name; a run holds a lock on its output folder, removes what a killed run left, and writes
 * documents and feedback only when every template rendered; a replaced file keeps its permissions;
 * results do not depend on the order of the inputs; the command line survives LANG=C.
 */
class OutputsTest {
    @TempDir
    Path dir;

    private static final String HEADER = "统一代码,社区名称,街道(乡镇),社区类型,年度,户数（户）\n";

    private Path csv(String name, String body) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, HEADER + body, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void schemaAndConvertReplaceTheirOwnOutputsButNotADataWorkbook() throws IOException {
        Path data = SampleWorkspaceTest.SAMPLES.resolve("fufeng/data/各镇社区基本情况.xlsx");
        Path clerks = dir.resolve("各镇.xlsx");
        Files.copy(data, clerks);
        byte[] before = Files.readAllBytes(clerks);

        Cli refused = Cli.run("schema", "communities", "--format", "xlsx", "-o", clerks.toString(), "--lang", "zh");
        assertEquals(2, refused.code(), refused.out() + refused.err());
        assertTrue(refused.err().contains("不覆盖 " + clerks) && refused.err().contains("--force"), refused.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(clerks)), "the clerk's workbook is untouched");
        try (Stream<Path> s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }

        Path template = dir.resolve("模板.xlsx");
        assertEquals(0, Cli.run("schema", "communities", "--format", "xlsx", "-o", template.toString()).code());
        Cli again = Cli.run("schema", "communities", "--format", "xlsx", "-o", template.toString());
        assertEquals(0, again.code(), "an earlier output of shequ's is replaced: " + again.err());

        assertEquals(0, Cli.run("schema", "communities", "--format", "xlsx", "-o", clerks.toString(), "--force").code());
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(clerks)), "--force replaces it");

        // convert: its own CSV and YAML again, but not a table of other columns
        Path in = csv("in.csv", "610324001001,东大街社区,城关街道,城市社区,2023,1000\n");
        Path outCsv = dir.resolve("out.csv");
        Path outYaml = dir.resolve("out.yaml");
        for (int i = 0; i < 2; i++) {
            assertEquals(0, Cli.run("convert", in.toString(), outCsv.toString()).code());
            assertEquals(0, Cli.run("convert", in.toString(), outYaml.toString()).code());
        }
        assertTrue(Files.readString(outYaml).startsWith("# shequ convert: communities\n"), Files.readString(outYaml));
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "编号,名称\n1,甲\n");
        Cli c = Cli.run("convert", in.toString(), other.toString(), "--lang", "en");
        assertEquals(2, c.code(), c.err());
        assertTrue(c.err().contains("not replacing " + other), c.err());
        assertEquals("编号,名称\n1,甲\n", Files.readString(other));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path in = csv("in.csv", "610324001001,东大街社区,城关街道,城市社区,2023,1000\n");
        Path out = dir.resolve("findings.json");
        Files.writeString(out, "{}");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
        Cli.run("validate", in.toString(), "--format", "json", "-o", out.toString(), "-q");
        assertTrue(Files.readString(out).contains("\"tool\""));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void whichRowCountsDoesNotDependOnTheOrderOfTheInputs() throws IOException {
        Path a = csv("a.csv", "610324001001,东大街社区,城关街道,城市社区,2023,100\n");
        Path b = csv("b.csv", "610324001001,东大街社区,城关街道,城市社区,2023,999\n");
        Cli ab = Cli.run("aggregate", a.toString(), b.toString(), "--format", "json", "--by", "county");
        Cli ba = Cli.run("aggregate", b.toString(), a.toString(), "--format", "json", "--by", "county");
        assertEquals(ab.out(), ba.out());
        assertTrue(ab.out().contains("\"households\" : 100") || ab.out().contains("\"households\": 100"), ab.out());
        Cli v = Cli.run("validate", b.toString(), a.toString(), "--lang", "en");
        assertTrue(v.out().contains("DATA-DUPLICATE"), v.out());
        assertTrue(v.out().contains("files are read in the order of their names"), v.out());
    }

    @Test
    void fileNamesWithControlCharactersAreReadAndPrintedEscaped() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        for (String name : List.of("a\nb.csv", "c\rd.csv", "e\u2028f.csv", "g\u001b[31mh.csv", "plain.csv")) {
            Files.writeString(folder.resolve(name), HEADER + "610324001001,东大街社区,城关街道,城市社区,2023,\n");
        }
        Cli c = Cli.run("validate", folder.toString(), "--lang", "en");
        assertTrue(c.err().contains("5 file") || c.out().contains("5 file"), c.out() + c.err());
        for (String line : c.out().split("\n")) {
            assertFalse(line.contains("\u001b[31m") || line.contains("\r") || line.contains("\u2028"), "a raw control character: " + line);
            if (line.contains("DATA-") || line.contains("error") || line.contains("warning")) {
                assertFalse(line.startsWith("b.csv") || line.startsWith("f.csv"), "a forged line: " + line);
            }
        }
        assertTrue(c.out().contains("a\u2424b.csv"), "the line feed shown as ␤: " + c.out());
    }

    @Test
    void aReportNameIsAFileName() throws IOException {
        Path ws = SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), dir);
        Path yaml = ws.resolve("shequ.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("name: 提案答复", "name: ../../提案答复"));
        Cli c = Cli.run("run", ws.toString(), "--lang", "en");
        assertEquals(2, c.code());
        assertTrue(c.err().contains("the report name \"../../提案答复\" is not a file name"), c.err());
        assertFalse(Files.exists(dir.resolve("提案答复.md")));
        assertFalse(Files.exists(ws.resolve("out")), "nothing written");
    }

    @Test
    void aSecondRunOnTheSameOutputStopsNamingTheLock() throws IOException {
        Path ws = SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), dir);
        try (OutputLock held = OutputLock.acquire(ws.resolve("out"))) {
            Cli c = Cli.run("run", ws.toString(), "--lang", "en");
            assertEquals(2, c.code(), c.err());
            assertTrue(c.err().contains("another run is writing into this output folder") && c.err().contains(OutputLock.FILE), c.err());
            assertFalse(Files.exists(ws.resolve("out/findings.json")));
        }
        assertEquals(1, Cli.run("run", ws.toString()).code(), "the lock ends with its holder");
    }

    @Test
    void whatAKilledRunLeftIsRemovedByTheNext() throws IOException {
        Path ws = SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), dir);
        Path out = Files.createDirectories(ws.resolve("out/feedback"));
        Path tmp1 = Files.writeString(ws.resolve("out/.shequ-findings.json-1234.tmp"), "half");
        Path tmp2 = Files.writeString(out.resolve(".shequ-城关街道-问题反馈.xlsx-99.tmp"), "half");
        Path staged = Files.createDirectories(ws.resolve("out/.shequ-staging-feedback"));
        Files.writeString(staged.resolve("x-问题反馈.xlsx"), "half");
        assertEquals(1, Cli.run("run", ws.toString()).code());
        assertFalse(Files.exists(tmp1));
        assertFalse(Files.exists(tmp2));
        assertFalse(Files.exists(staged));
        assertTrue(Files.exists(out.resolve("城关街道-问题反馈.xlsx")));
    }

    @Test
    void aRunWhoseTemplateFailsWritesItsFindingsAndNoDocumentOrFeedback() throws IOException {
        Path ws = SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), dir);
        Files.createDirectories(ws.resolve("templates"));
        // the last report's template fails only when run: the ones before it rendered
        Files.writeString(ws.resolve("templates/compliance.md.ftl"), "# 表\n\n${1 / 0}\n");
        Cli c = Cli.run("run", ws.toString(), "--lang", "en");
        assertEquals(2, c.code(), c.out() + c.err());
        assertTrue(c.err().contains("compliance"), c.err());
        assertTrue(Files.exists(ws.resolve("out/findings.json")), "the findings say what the data holds");
        assertTrue(Files.readString(ws.resolve("out/findings.json")).contains("DATA-"));
        assertFalse(Files.exists(ws.resolve("out/社区治理工作情况汇报.md")), "no document of a run that failed");
        assertFalse(Files.exists(ws.resolve("out/feedback")) && Files.list(ws.resolve("out/feedback")).findAny().isPresent(),
                "no feedback of a run that failed");
        assertFalse(Files.exists(ws.resolve("out/.shequ-staging-feedback")));
    }

    @Test
    void aTemplateThatOutgrowsMemoryIsBlamedNotTheHeap() throws Exception {
        Path ws = SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), dir);
        Files.createDirectories(ws.resolve("templates"));
        Files.writeString(ws.resolve("templates/grow.md.ftl"),
                "# 长\n\n<#assign s = \"社区\"><#list 1..64 as i><#assign s = s + s></#list>${s?length}\n");
        ProcessBuilder pb = new ProcessBuilder(java("-Xmx96m", "render", ws.toString(), "-t", "grow", "--format", "md", "--lang", "en"));
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), err);
        assertTrue(err.contains("template grow.md.ftl: the template built a value larger than memory") && err.contains("correct the template"), err);
        assertFalse(err.contains("-Xmx") || err.contains("heap"), err);
    }

    @Test
    void chineseArgumentsSurviveLangC() throws Exception {
        Path data = csv("城关街道.csv", "610324001001,东大街社区,城关街道,城市社区,2023,1000\n");
        ProcessBuilder pb = new ProcessBuilder(java(null, "validate", data.toString(), "--format", "json", "-q"));
        pb.environment().clear();
        pb.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        pb.environment().put("LANG", "C");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertTrue(p.exitValue() <= 1, err);
        assertTrue(out.contains("\"files\" : 1") || out.contains("\"files\": 1"), out + err);
        assertTrue(out.contains("城关街道.csv"), out);
    }

    @Test
    void anOverrideOfTheWrongTypeNamesItsLine() throws IOException {
        Path ws = SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), dir);
        Path yaml = ws.resolve("shequ.yaml");
        List<String> lines = Files.readAllLines(yaml);
        Files.writeString(yaml, String.join("\n", lines) + "\noverrides:\n  STD-SPACE-100:\n    params: {min: 0o30}\n");
        Cli c = Cli.run("validate", ws.toString(), "--lang", "en");
        assertEquals(2, c.code());
        assertTrue(c.err().contains("shequ.yaml line " + (lines.size() + 2) + ": parameter min of rule STD-SPACE-100 is \"0o30\""), c.err());
    }

    private static List<String> java(String heap, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (heap != null) {
            cmd.add(heap);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
