package org.shequ.core.feedback;

import org.shequ.core.workspace.PlanLoader;
import org.shequ.core.workspace.DataPass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.Messages;
import org.shequ.core.validate.Inspector;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Validator;
import org.shequ.core.workspace.Plan;

/**
 * Feedback puts the findings where the headers validation bound say; a report that does not know
 * how a file was read (none of its layouts) has the file read again for them: the same workbooks.
 */
class FeedbackPlacesTest {
    private static final Path SAMPLE = Path.of("..", "samples", "fufeng").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void theBoundHeadersAndASecondReadPlaceEveryFindingAlike() throws Exception {
        Plan plan = PlanLoader.load(List.of(SAMPLE), List.of(SAMPLE.toString()), Plan.Overrides.NONE);
        Report report = DataPass.of(plan).validate(List.of(), Validator.Progress.NONE);
        assertFalse(report.layoutsOf("data/各镇社区基本情况.xlsx").isEmpty(), report.layouts().toString());
        Messages messages = Messages.of(Locale.CHINESE);
        Inspector inspector = new Inspector(plan.dictionary(), plan.settings());
        Feedback.Result known = Feedback.write(plan.files(), report, inspector, messages, tmp.resolve("known"), false);
        Feedback.Result read = Feedback.write(plan.files(), new Report(report.summary(), report.findings()), inspector, messages,
                tmp.resolve("read"), false);
        assertEquals(known.findings(), read.findings());
        Map<String, String> a = digests(tmp.resolve("known"));
        assertTrue(a.size() >= 3, a.keySet().toString());
        assertEquals(a, digests(tmp.resolve("read")));
    }

    private static Map<String, String> digests(Path dir) throws Exception {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                all.put(p.getFileName().toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return all;
    }
}
