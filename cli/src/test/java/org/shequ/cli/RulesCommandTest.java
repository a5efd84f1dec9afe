package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {
    @TempDir
    Path dir;

    @Test
    void listShowsEveryBundledRuleWithItsSource() {
        Cli r = Cli.run("rules", "list", "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        for (String id : new String[] {"STD-SPACE-100", "STD-OUTDOOR", "STD-CENTERS", "STD-CHARTER", "STD-PLAQUES", "STAFF-EXIT", "AGG-COVERAGE"}) {
            assertTrue(r.out().contains(id), id);
        }
        assertTrue(r.out().contains("扶政民发〔2017〕94号"));
        Cli one = Cli.run("rules", "list", "--pack", "liaoyuan-2021", "--lang", "en");
        assertTrue(one.out().contains("STD-CHARTER") && one.out().contains("STD-SPACE-100"), "with its parent's rules");
        assertFalse(one.out().contains("STD-OUTDOOR"));
    }

    @Test
    void showExplainsOneRule() {
        Cli r = Cli.run("rules", "show", "STD-OUTDOOR", "--lang", "zh");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("参数: {min=1000}"), r.out());
        assertTrue(r.out().contains("检查: value >= min"));
        assertTrue(r.out().contains("出处: 《2018年全县社区建设工作要点》 扶政民发〔2017〕94号"));
        assertTrue(r.out().contains("定义于: builtin:fufeng-2018:"));
        assertEquals(2, Cli.run("rules", "show", "STD-NOPE").code());
    }

    @Test
    void checkValidatesAUserPack() throws Exception {
        Cli ok = Cli.run("rules", "check", "../samples/fufeng/rules/local.yaml", "--lang", "en");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("valid"), ok.out());
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "id: bad\nextends: national\nrules:\n  - id: BAD-1\n    check: househods >= 1\n");
        Cli r = Cli.run("rules", "check", bad.toString(), "--lang", "en");
        assertEquals(2, r.code());
        assertTrue(r.err().contains(bad + " line 4 rule BAD-1"), r.err());
        assertTrue(r.err().contains("househods"));
    }

    @Test
    void aBadPackStopsValidationBeforeAnyDataIsRead() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "id: bad\nrules:\n  - id: BAD-1\n    check: 'households >'\n");
        Cli r = Cli.run("validate", "../samples/fufeng", "--rules", bad.toString(), "--format", "json");
        assertEquals(2, r.code());
        assertEquals("", r.out());
    }

    @Test
    void suppressionsAreCountedNeverSilent() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/a.csv"), "统一代码,社区名称,户数,综合服务设施面积,室外活动场地面积\n"
                + "610324001001,飞凤社区,1000,300,500\n610324001004,胜利机械厂社区,1000,300,500\n");
        Files.writeString(dir.resolve("shequ.yaml"), """
                period: 2023
                rules: [fufeng-2018]
                suppressions:
                  - {rule: STD-OUTDOOR, unit: "610324001001", reason: 老城区无室外场地，已列入2024年改造计划}
                """);
        Cli r = Cli.run("validate", dir.toString(), "--format", "json");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(1, json.get("summary").get("suppressed").asInt());
        java.util.List<JsonNode> outdoor = new java.util.ArrayList<>();
        json.get("findings").forEach(f -> {
            if (f.get("rule").asText().equals("STD-OUTDOOR")) {
                outdoor.add(f);
            }
        });
        assertEquals(1, outdoor.size(), r.out());
        assertEquals("610324001004", outdoor.get(0).get("unit").asText());
        Cli text = Cli.run("validate", dir.toString(), "--lang", "zh");
        assertTrue(text.out().contains("按 shequ.yaml 豁免 1 条"), text.out());
        Files.writeString(dir.resolve("shequ.yaml"), "period: 2023\nsuppressions:\n  - {rule: STD-OUTDOOR, unit: '610324001001'}\n");
        Cli noReason = Cli.run("validate", dir.toString(), "--lang", "en");
        assertEquals(2, noReason.code());
        assertTrue(noReason.err().contains("needs a rule and a reason"), noReason.err());
    }
}
