package org.shequ.core.fuzz;

import org.shequ.core.workspace.PlanLoader;
import org.shequ.core.workspace.DataPass;
import org.shequ.core.schema.Period;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.shequ.core.Messages;
import org.shequ.core.Problem;
import org.shequ.core.feedback.Feedback;
import org.shequ.core.validate.Inspector;
import org.shequ.core.validate.Validator;
import org.shequ.core.workspace.Documents;
import org.shequ.core.workspace.Plan;
import org.shequ.core.workspace.ReportSpec;

/**
 * Any bytes as a submitted workbook sent back to its sender (feedback), and as the data of a
 * workspace's whole run (validation, aggregation, a document, the feedback workbooks): a finding or a
 * one-line refusal at most, never another exception, never a hang. Seeded with the sample's files;
 * {@code mvn verify} replays the seeds, {@code scripts/fuzz.sh FeedbackFuzzTest#feedback} explores.
 */
class FeedbackFuzzTest {
    private static final Messages MESSAGES = Messages.of(Locale.SIMPLIFIED_CHINESE);

    @FuzzTest(maxDuration = "10m")
    void feedback(byte[] data) throws IOException {
        Path dir = Files.createTempDirectory("fuzz");
        try {
            Path file = Files.write(dir.resolve("乡镇.xlsx"), data);
            Plan plan = PlanLoader.load(List.of(file), List.of("乡镇.xlsx"), new Plan.Overrides(null, null, List.of(), Period.year(2023), List.of(), null));
            var report = DataPass.of(plan).validate(List.of(), Validator.Progress.NONE);
            Feedback.write(plan.files(), report, new Inspector(plan.dictionary(), plan.settings()), MESSAGES, dir.resolve("out"), false);
            Feedback.write(plan.files(), report, new Inspector(plan.dictionary(), plan.settings()), MESSAGES, dir.resolve("split"), true);
        } catch (Problem refused) {
            // one line, exit 2
        } finally {
            delete(dir);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void run(byte[] data) throws IOException {
        Path dir = Files.createTempDirectory("fuzz");
        try {
            Files.createDirectories(dir.resolve("data"));
            Files.write(dir.resolve("data/社区.csv"), data);
            Files.writeString(dir.resolve("shequ.yaml"), """
                    jurisdiction: "610324"
                    period: 2023
                    office: 扶风县民政局
                    facts: {addressee: 县委、县政府, date: 2024-01-15}
                    reports:
                      - {template: work-report, name: 汇报, formats: [md, html, docx]}
                      - {template: compliance, name: 一览表, formats: [md, xlsx]}
                    """);
            Plan plan = PlanLoader.load(List.of(dir), List.of(dir.toString()), Plan.Overrides.NONE);
            List<ReportSpec> reports = plan.workspace().reports();
            Documents.Pass pass = Documents.run(plan, List.of("township"), Validator.Progress.NONE, MESSAGES, reports);
            for (ReportSpec r : reports) {
                pass.documents().render(r, dir.resolve("out")).write();
            }
            Feedback.write(plan.files(), pass.outcome().report(), new Inspector(plan.dictionary(), plan.settings()), MESSAGES,
                    dir.resolve("out/feedback"), false);
        } catch (Problem refused) {
            // one line, exit 2
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
