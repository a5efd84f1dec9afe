package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main job at national scale within the launcher's default heap (bin/shequ: -Xms32m -Xmx360m, ParallelGC): all
 * 620,573 units of the registry, a quarter of them failing the space standard with an area below their offices
 * (so their inputs contradict and every group keeps the sums its indicators leave out), the national pack, the
 * work report. The workspace of bench/run-national.sh, run once, untimed: it fails only if the run runs out of memory.
 */
class NationalRunTest {
    @TempDir
    Path dir;

    @Test
    void aNationalRunWithAQuarterFailingFitsTheDefaultHeap() throws Exception {
        Path generated = dir.resolve("national.csv");
        Process synth = new ProcessBuilder(java(List.of(), "-cp", System.getProperty("java.class.path"),
                Path.of("..", "scripts", "Synth.java").toString(), "national", generated.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("synth.log").toFile()).start();
        assertTrue(synth.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, synth.exitValue(), Files.readString(dir.resolve("synth.log")));
        Path failing = dir.resolve("national-failing.csv");
        try (BufferedReader in = Files.newBufferedReader(generated, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(failing, StandardCharsets.UTF_8)) {
            String line;
            for (int n = 1; (line = in.readLine()) != null; n++) {
                if (n > 1 && n % 4 == 0) { // every fourth unit: a facility of 10 m², below its offices
                    String[] cells = line.split(",", -1);
                    cells[7] = "10";
                    line = String.join(",", cells);
                }
                out.write(line);
                out.write('\n');
            }
        }
        Files.delete(generated);
        Path ws = Files.createDirectories(dir.resolve("ws"));
        Files.writeString(ws.resolve("shequ.yaml"), "jurisdiction: 全国\nperiod: 2023\ninputs: [" + failing + "]\nrules: [national]\n"
                + "office: 民政部门\nfacts: {addressee: 领导, date: 2024-01-15, occasion: 会议}\n"
                + "reports:\n  - {template: work-report, name: 汇报, formats: [md, docx]}\n");
        Process run = new ProcessBuilder(java(List.of("-Xms32m", "-Xmx360m", "-XX:+UseParallelGC"), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "run", ws.toString(), "-q"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile()).start();
        assertTrue(run.waitFor(600, TimeUnit.SECONDS));
        String log = Files.readString(dir.resolve("run.log"));
        assertEquals(1, run.exitValue(), "findings, and no other trouble: " + log);
        assertTrue(Files.readString(ws.resolve("out/汇报.md")).contains("全国"), log);
        assertTrue(Files.size(ws.resolve("out/aggregates.json")) > 0, log);
    }

    private static List<String> java(List<String> options, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(options);
        cmd.addAll(List.of(args));
        return cmd;
    }
}
