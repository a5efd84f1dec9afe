package org.shequ.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.shequ.core.rules.RuleHarness.urban;
import static org.shequ.core.rules.RuleHarness.with;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shequ.core.Problem;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Severity;

/** Bad packs stop the run before any data is read; bad data for a rule is a finding. */
class PackProblemsTest {
    @TempDir
    Path dir;

    Problem problem(String yaml) throws IOException {
        Files.writeString(dir.resolve("p.yaml"), yaml);
        return assertThrows(Problem.class, () -> RuleSet.resolve(List.of("p.yaml"), Map.of(), "", dir, Dictionary.builtIn()));
    }

    static String rule(String id, String check) {
        return "  - id: " + id + "\n    check: \"" + check + "\"\n";
    }

    @Test
    void aPackThatExtendsItself() throws IOException {
        Problem p = problem("id: loop\nextends: loop\nrules: []\n");
        assertEquals("pack.cycle", p.key());
    }

    @Test
    void aCycleThroughTwoPacks() throws IOException {
        Files.writeString(dir.resolve("b.yaml"), "id: b\nextends: p.yaml\n");
        Problem p = problem("id: a\nextends: b.yaml\n");
        assertEquals("pack.cycle", p.key());
    }

    @Test
    void anUnknownParent() throws IOException {
        Problem p = problem("id: x\nextends: nowhere-2099\n");
        assertEquals("pack.unknown", p.key());
        assertEquals("nowhere-2099", p.args().get(0));
    }

    @Test
    void aDuplicateRuleIdNamesBothLines() throws IOException {
        Problem p = problem("id: x\nrules:\n" + rule("X-1", "households > 0") + rule("X-1", "households > 1"));
        assertEquals("rule.duplicate", p.key());
        assertEquals(5, p.args().get(1));
        assertEquals(3, p.args().get(4));
    }

    @Test
    void redefiningAnInheritedRuleNeedsOverrides() throws IOException {
        Problem p = problem("id: x\nextends: national\nrules:\n" + rule("STD-SPACE-100", "households > 0"));
        assertEquals("rule.redefined", p.key());
    }

    @Test
    void aParameterOfTheWrongType() throws IOException {
        Problem p = problem("id: x\nextends: fufeng-2018\noverrides:\n  STD-OUTDOOR:\n    params: {min: lots}\n");
        assertEquals("rule.paramWrongType", p.key());
        assertEquals(5, p.args().get(1));
        assertEquals("STD-OUTDOOR", p.args().get(2));
    }

    @Test
    void anUnknownParameterOrRule() throws IOException {
        assertEquals("rule.paramUnknown", problem("id: x\nextends: fufeng-2018\noverrides:\n  STD-OUTDOOR:\n    params: {mni: 9}\n").key());
        assertEquals("rule.overrideUnknown", problem("id: x\nextends: national\noverrides:\n  STD-NOPE: {enabled: false}\n").key());
    }

    @Test
    void anUnknownFieldNamesPackLineAndRule() throws IOException {
        Problem p = problem("id: x\nrules:\n" + rule("X-1", "househods > 0"));
        assertEquals("rule.unknownName", p.key());
        assertEquals(List.of(dir.resolve("p.yaml").toString(), 3, "X-1", "househods", "communities"), p.args());
    }

    @ParameterizedTest
    @ValueSource(strings = {"households >", "households = 0", "new('java.io.File', '/etc/passwd') != null",
            "households.class != null", "households.toString() != ''", "var x = 1", "for (x : [1]) { x }",
            "(x) -> x", "#pragma x 1\\ntrue"})
    void expressionsCannotEscapeTheSandbox(String expression) throws IOException {
        Problem p = problem("id: x\nrules:\n" + rule("X-1", expression));
        assertEquals("rule.expression", p.key(), p.args().toString());
        assertEquals(3, p.args().get(1));
        assertEquals("X-1", p.args().get(2));
    }

    @Test
    void divisionByZeroIsAFindingForThatUnit() {
        Report r = RuleHarness.run(dir, List.of("national"), Map.of("communities", List.of(
                with(urban(), "households", "0", "population", "0"), with(urban(), "code", "610324001004", "name", "胜利机械厂社区"))));
        List<Finding> f = r.findings().stream().filter(x -> x.rule().equals("STD-SPACE-100")).toList();
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("rule.zero", f.get(0).messageKey());
        assertEquals("households", f.get(0).location().field());
        assertEquals("610324001001", f.get(0).unit());
    }

    @Test
    void aRuleOnAColumnTheFileLacksIsOneFindingForTheFile() {
        Map<String, String> a = with(urban());
        a.remove("outdoor_area");
        Map<String, String> b = new LinkedHashMap<>(with(a, "code", "610324001004", "name", "胜利机械厂社区"));
        Report r = RuleHarness.run(dir, List.of("fufeng-2018"), Map.of("communities", List.of(a, b)));
        List<Finding> f = r.findings().stream().filter(x -> x.rule().equals("STD-OUTDOOR")).toList();
        assertEquals(1, f.size(), f.toString());
        assertEquals("rule.columnMissing", f.get(0).messageKey());
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @Test
    void aUserPackExtendsOverridesAndAdds() throws IOException {
        Files.writeString(dir.resolve("local.yaml"), """
                id: local
                extends: fufeng-2018
                overrides:
                  STD-OUTDOOR: {params: {min: 800}, severity: warning}
                  STD-DELIBERATION: {enabled: false}
                rules:
                  - id: LOCAL-ARTICLES
                    params: {min: 2}
                    value: articles
                    check: value >= min
                """);
        Report r = RuleHarness.run(dir, List.of("local.yaml"), Map.of("communities", List.of(
                with(urban(), "outdoor_area", "850", "deliberation_cases", "0", "articles", "1"),
                with(urban(), "code", "610324001004", "name", "胜利机械厂社区", "outdoor_area", "799", "articles", "2"))));
        List<String> got = r.findings().stream().map(f -> f.rule() + " " + f.unit() + " " + f.severity().key()).toList();
        assertEquals(List.of("LOCAL-ARTICLES 610324001001 error", "STD-OUTDOOR 610324001004 warning"), got);
    }
}
