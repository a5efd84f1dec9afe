package org.shequ.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.Problem;
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
}
