package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The exit codes of docs/contract.md, each reached in-process. */
class ExitCodeTest {
    static final String HEADER = "统一代码,社区名称,年度,户数,综合服务设施面积\n";

    @TempDir
    Path dir;

    Path csv(String name, String body) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, HEADER + body);
        return f;
    }

    @Test
    void zeroWhenClean() throws Exception {
        Cli r = Cli.run("validate", csv("ok.csv", "610324001001,飞凤社区,2023,1000,300\n").toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 file, 1 record: 0 errors"), r.out());
    }

    @Test
    void oneWhenFindingsReachFailOn() throws Exception {
        String bad = csv("bad.csv", "610324001001,飞凤社区,2023,-1,300\n").toString();
        assertEquals(1, Cli.run("validate", bad).code());
        assertEquals(0, Cli.run("validate", bad, "--fail-on", "never").code());
        String warn = csv("warn.csv", "610324001001,东风社区,2023,10,300\n").toString();
        assertEquals(0, Cli.run("validate", warn).code(), "a warning does not fail by default");
        assertEquals(1, Cli.run("validate", warn, "--fail-on", "warning").code());
    }

    @Test
    void twoForBadOptionsMissingFilesAndBadWorkspaces() throws Exception {
        Cli missing = Cli.run("validate", dir.resolve("nope.csv").toString(), "--lang", "en");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("shequ: no such file:"), missing.err());
        assertEquals(2, Cli.run("validate", "--format", "pdf", dir.toString()).code());
        assertEquals(2, Cli.run("validate", "--encoding", "NOPE-1", dir.toString()).code());
        Files.writeString(dir.resolve("shequ.yaml"), "jurisdiction: '610324'\nperiod: 2023\nimputs: [data/**]\n");
        Cli ws = Cli.run("run", dir.toString(), "--lang", "en");
        assertEquals(2, ws.code());
        assertTrue(ws.err().contains("shequ.yaml line 3"), ws.err());
        assertTrue(ws.err().contains("imputs"), ws.err());
        assertFalse(ws.err().contains("\tat "), "no stack trace without --debug");
    }

    @Test
    void threeForABugWithTheTraceOnlyOnDebug() {
        @CommandLine.Command(name = "boom")
        class Boom implements Callable<Integer> {
            @CommandLine.Mixin Debug debug;
            @CommandLine.Mixin Lang lang;

            @Override
            public Integer call() {
                throw new IllegalStateException("broken invariant");
            }
        }
        CommandLine cl = Shequ.commandLine();
        cl.addSubcommand("boom", new Boom());
        Cli quiet = Cli.run(cl, "boom", "--lang", "en");
        assertEquals(3, quiet.code());
        assertEquals(1, quiet.err().strip().lines().count(), quiet.err());
        assertTrue(quiet.err().contains("IllegalStateException: broken invariant"));
        CommandLine cl2 = Shequ.commandLine();
        cl2.addSubcommand("boom", new Boom());
        Cli debug = Cli.run(cl2, "boom", "--debug");
        assertEquals(3, debug.code());
        assertTrue(debug.err().contains("\tat "), "the trace with --debug");
    }

    @Test
    void parseProblemsAreFindingsNotExitTwo() throws Exception {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        Path good = csv("ok.csv", "610324001001,飞凤社区,2023,1000,300\n");
        Cli r = Cli.run("validate", empty.toString(), good.toString(), "--format", "json");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("\"records\": 1"), r.out());
        assertTrue(r.out().contains("DATA-PARSE"));
    }
}
