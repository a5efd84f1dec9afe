package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No silent answer from broken configuration: an access list that does not read (a YAML error, an
 * alias, a tag, a second document, not UTF-8) stops every command that judges tasks with it (exit 2,
 * file and line) instead of judging every task "not allowed"; a YAML file of any kind that is not
 * UTF-8 is refused with its byte and offset, never read as U+FFFD.
 */
class BrokenConfigurationTest {
    @TempDir
    Path dir;

    private Path longshan() throws IOException {
        return SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("longshan"), dir);
    }

    @Test
    void anAccessListThatDoesNotReadStopsEveryCommandThatNeedsIt() throws IOException {
        Path ws = longshan();
        Path list = ws.resolve("access/准入清单.yaml");
        String good = Files.readString(list);
        Map<String, String> broken = Map.of(
                "a YAML error", "lists:\n  - kind: [unclosed\n",
                "an alias", "a: &x {kind: duties}\nlists:\n  - *x\n",
                "a tag", "lists: !!python/object foo\n",
                "a second document", good + "\n---\nlists: []\n");
        for (Map.Entry<String, String> e : broken.entrySet()) {
            Files.writeString(list, e.getValue());
            for (List<String> command : List.of(List.of("access", "burden"), List.of("access", "summary"), List.of("run"), List.of("validate"))) {
                List<String> args = new java.util.ArrayList<>(command);
                args.addAll(List.of(ws.toString(), "--lang", "zh"));
                Cli c = Cli.run(args.toArray(String[]::new));
                assertEquals(2, c.code(), e.getKey() + ", " + command + ": " + c.out() + c.err());
                assertEquals(1, c.err().strip().lines().count(), c.err());
                assertTrue(c.err().startsWith("shequ: 准入清单 access/准入清单.yaml 第 "), c.err());
                assertTrue(c.err().contains("在清单能读取之前不做判断"), c.err());
                assertFalse(c.out().contains("100.0%"), "no table of every task not allowed: " + c.out());
            }
        }
        Files.write(list, good.getBytes(Charset.forName("GB18030")));
        Cli gbk = Cli.run("access", "burden", ws.toString(), "--lang", "zh");
        assertEquals(2, gbk.code());
        assertTrue(gbk.err().startsWith("shequ: access/准入清单.yaml 不是 UTF-8 编码：第 "), gbk.err());
    }

    @Test
    void yamlThatIsNotUtf8IsRefusedWithItsByteNeverReadAsReplacementCharacters() throws IOException {
        Path ws = longshan();
        Charset gbk = Charset.forName("GB18030");
        String yaml = Files.readString(ws.resolve("shequ.yaml"));
        Files.write(ws.resolve("shequ.yaml"), yaml.getBytes(gbk));
        Cli workspace = Cli.run("validate", ws.toString(), "--lang", "zh");
        assertEquals(2, workspace.code());
        assertTrue(workspace.err().matches("shequ: .*shequ\\.yaml 不是 UTF-8 编码：第 \\d+ 字节处的 0x[0-9A-F]{2} 无法解码；请另存为 UTF-8\\n"), workspace.err());
        Files.writeString(ws.resolve("shequ.yaml"), yaml);

        Path pack = dir.resolve("pack.yaml");
        Files.write(pack, Files.readString(SampleWorkspaceTest.SAMPLES.resolve("fufeng/rules/local.yaml")).getBytes(gbk));
        Cli rules = Cli.run("rules", "check", pack.toString(), "--lang", "zh");
        assertEquals(2, rules.code());
        assertTrue(rules.err().contains("不是 UTF-8 编码"), rules.err());

        Path data = dir.resolve("staff.yaml");
        Files.write(data, Files.readString(SampleWorkspaceTest.SAMPLES.resolve("fufeng/data/staff.yaml")).getBytes(gbk));
        Cli read = Cli.run("validate", data.toString(), "--lang", "zh");
        assertEquals(1, read.code());
        assertTrue(read.out().contains("DATA-PARSE  YAML 文件无法按 UTF-8 解码（YAML 一律是 UTF-8）：第 "), read.out());
        Cli converted = Cli.run("convert", data.toString(), dir.resolve("staff.csv").toString(), "--lang", "zh");
        assertFalse(Files.exists(dir.resolve("staff.csv")) && Files.readString(dir.resolve("staff.csv"), StandardCharsets.UTF_8).contains("\uFFFD"),
                "no replacement character reaches an output: " + converted.err());
    }
}
