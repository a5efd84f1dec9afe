package org.shequ.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.shequ.core.Problem;
import org.shequ.core.lint.DocumentText;
import org.shequ.core.lint.Linter;
import org.shequ.core.render.TemplateEngine;

/**
 * Any text as a workspace's template (rendered in the sandbox, bounded in time, output and
 * recursion) or as a report to lint: a document, a one-line refusal, or findings — nothing else.
 */
class DocumentsFuzzTest {
    private static final Map<String, Object> MODEL = Map.of(
            "period", 2023, "place", Map.of("name", "扶风县", "whole", "全县"),
            "total", Map.of("units", 122, "m", Map.of("households", 62441, "service_area_per_100", 43.0)),
            "townships", List.of(Map.of("name", "城关街道", "units", 25)));

    @FuzzTest(maxDuration = "10m")
    void template(byte[] data) throws IOException {
        Path dir = Files.createTempDirectory("fuzz");
        Path file = dir.resolve("t" + TemplateEngine.SUFFIX);
        try {
            Files.write(file, data);
            new TemplateEngine(dir, Duration.ofSeconds(2)).render("t", MODEL);
        } catch (Problem expected) {
            // refused, with the template's name and line
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void lint(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        Linter.lint("r.md", DocumentText.markdown(text));
    }
}
