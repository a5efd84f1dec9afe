package org.shequ.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;

/** A percentage written as a fraction (0.948: 0.948 %, or 94.8 %?) is neither passed nor failed by a rule: it is not judged. */
class DoubtedValueTest {
    @TempDir
    Path dir;

    @Test
    void aFractionForAPercentageIsNotJudged() throws Exception {
        Path pack = dir.resolve("pack.yaml");
        Files.writeString(pack, """
                id: local
                title: {zh: 本地, en: local}
                rules:
                  - id: LOCAL-SATISFACTION
                    title: {zh: 群众满意度不低于90%, en: Satisfaction at least 90 %}
                    severity: warning
                    params: {min: 90}
                    check: satisfaction >= min
                    field: satisfaction
                    message:
                      zh: 群众满意度 ${satisfaction}%
                      en: satisfaction ${satisfaction} %
                """);
        Report r = RuleHarness.run(dir, List.of(pack.toString()), Map.of("communities",
                List.of(unit("610324001001", "0.948"), unit("610324001004", "85"), unit("610324001005", "95%"))));
        List<String> said = r.findings().stream().filter(f -> f.rule().equals("LOCAL-SATISFACTION"))
                .map(f -> f.unit() + " " + f.messageKey()).toList();
        assertEquals(List.of("610324001001 rule.notChecked", "610324001004 rule.message"), said.stream().sorted().toList());
        assertEquals(1, r.findings().stream().filter(f -> f.rule().equals("DATA-OUTLIER")).map(Finding::unit).count());
    }

    private static Map<String, String> unit(String code, String satisfaction) {
        Map<String, String> m = new LinkedHashMap<>(RuleHarness.urban());
        m.put("code", code);
        m.put("satisfaction", satisfaction);
        return m;
    }
}
