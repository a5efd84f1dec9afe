package org.shequ.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.Problem;
import org.shequ.core.io.SourceFile;
import org.shequ.core.validate.Validator;
import org.shequ.core.workspace.Documents;

/**
 * The main job without a command line: the sample workspace run from core alone gives the findings
 * and documents of the sample's golden files, says what it wrote, tells its progress when reading
 * ends, and leaves the output folder unlocked for the next run.
 */
class RunJobTest {
    private static final Path SAMPLE = Path.of("..", "samples", "fufeng").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** Counts the progress calls. */
    private static final class Counted implements Validator.Progress {
        long updates;
        int done;

        @Override
        public void update(String file, long records) {
            updates++;
        }

        @Override
        public void done() {
            done++;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.filter(p -> !p.startsWith(from.resolve("out"))).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private RunJob.Result run(Validator.Progress progress) {
        return RunJob.run(dir, new RunJob.Options(Locale.SIMPLIFIED_CHINESE, "test", progress));
    }

    @Test
    void theSampleGivesItsGoldenFindingsAndDocuments() throws IOException {
        copy(SAMPLE, dir);
        Counted progress = new Counted();
        RunJob.Result r = run(progress);

        assertEquals(1, progress.done, "reading ended once");
        assertEquals(Files.readString(SAMPLE.resolve("expected-findings.txt")), Files.readString(r.findingsText()));
        assertTrue(r.report().summary().error() > 0, "the sample has errors");
        assertTrue(Files.size(r.findingsJson()) > 0 && Files.size(r.findingsPage()) > 0);
        assertTrue(r.findingsPages().isEmpty(), "a county's findings fit one page");

        List<String> written = new ArrayList<>();
        for (Documents.Rendered d : r.documents()) {
            assertFalse(d.refused(), d.spec().fileName());
            d.files().forEach(f -> written.add(f.getFileName().toString()));
        }
        try (Stream<Path> golden = Files.list(SAMPLE.resolve("expected-documents"))) {
            for (Path g : golden.toList()) {
                String name = g.getFileName().toString();
                assertTrue(written.contains(name), "written: " + name);
                assertArrayEquals(Files.readAllBytes(g), Files.readAllBytes(dir.resolve("out").resolve(name)), name);
            }
        }
        assertTrue(Files.isRegularFile(r.aggregatesXlsx()) && Files.isRegularFile(r.aggregatesJson()));
        assertNotNull(r.targets(), "the sample has a target table");
        assertTrue(Files.isRegularFile(r.targets()));
        assertTrue(r.feedback().files().size() > 0, "the units with findings get their workbooks");
        for (Path f : r.feedback().files()) {
            assertTrue(Files.isRegularFile(r.feedbackDir().resolve(f.getFileName())), "in the feedback folder: " + f.getFileName());
        }
    }

    @Test
    void aSecondRunWritesTheSameBytes() throws IOException {
        copy(SAMPLE, dir);
        byte[] first = Files.readAllBytes(run(Validator.Progress.NONE).aggregatesJson());
        byte[] again = Files.readAllBytes(run(Validator.Progress.NONE).aggregatesJson());
        assertArrayEquals(first, again, "the lock is released and the output is the same");
    }

    @Test
    void aFolderWithoutShequYamlIsAProblemAndWritesNothing() throws IOException {
        Problem p = assertThrows(Problem.class, () -> run(Validator.Progress.NONE));
        assertEquals("workspace.missing", p.key());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    /**
     * The findings are written while the feedback is; a workbook that cannot be marked for its sender
     * (here one that is no workbook at all) is a finding of the feedback, and the findings written are
     * written again with it: the files on disk say what the run's report says.
     */
    @Test
    void aWorkbookTheFeedbackCannotMarkIsAmongTheFindingsWritten() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("shequ.yaml"), "period: 2023\njurisdiction: '610324'\n");
        Files.writeString(dir.resolve("data/城关街道.csv"), "统一代码,社区名称,户数,综合服务设施面积\n610324001001,飞凤社区,1000,300\n");
        Files.write(dir.resolve("data/法门镇.xlsx"), "not a zip at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        RunJob.Result r = run(Validator.Progress.NONE);
        assertEquals(List.of("data/法门镇.xlsx"), r.feedback().unmarked());
        assertTrue(r.report().findings().stream().anyMatch(f -> f.messageKey().equals("feedback.unmarked")), "in the report");
        for (Path written : List.of(r.findingsJson(), r.findingsText(), r.findingsPage())) {
            assertTrue(Files.readString(written).contains("无法如实复制：未写出标注副本"), "in " + written.getFileName());
        }
    }

    @Test
    void aCountysInputsAddUpToLessThan32Megabytes() throws Exception {
        Path a = sized("a.csv", 20L << 20);
        Path b = sized("b.xlsx", (12L << 20) - 1);
        assertTrue(RunJob.county(List.of(file(a), file(b))));
        Path c = sized("c.csv", 1);
        assertFalse(RunJob.county(List.of(file(a), file(b), file(c))), "exactly 32 MB is not a county's");
        assertFalse(RunJob.county(List.of(file(dir.resolve("missing.csv")))));
    }

    private Path sized(String name, long size) throws Exception {
        Path p = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size);
        }
        return p;
    }

    private static SourceFile file(Path p) {
        return new SourceFile(p, p.getFileName().toString(), List.of(), StandardCharsets.UTF_8, null);
    }
}
