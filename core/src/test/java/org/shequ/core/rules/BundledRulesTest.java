package org.shequ.core.rules;

import org.shequ.core.Text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.shequ.core.rules.RuleHarness.staff;
import static org.shequ.core.rules.RuleHarness.urban;
import static org.shequ.core.rules.RuleHarness.village;
import static org.shequ.core.rules.RuleHarness.with;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Severity;

/**
 * Every STD-* and STAFF-* rule of the bundled packs at its boundary (passes exactly at the
 * standard, fails just past it), where it does not apply, and with the data it needs missing.
 */
class BundledRulesTest {
    static final List<String> ALL = PackLoader.BUILT_IN;

    @TempDir
    Path dir;

    /** rule, record, expected: "pass", "fail <actual>", "not-checked", "contradicted" (not checked: a value contradicts another, which is named),
     * "contradicted-pair" (both values the rule needs contradict each other), or "n/a". */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("STD-SPACE-100", urban(), "pass"),
                Arguments.of("STD-SPACE-100", with(urban(), "service_area", "299.9"), "fail 29.99"),
                Arguments.of("STD-SPACE-100", with(urban(), "service_area", ""), "not-checked"),
                Arguments.of("STD-OUTDOOR", urban(), "pass"),
                Arguments.of("STD-OUTDOOR", with(urban(), "outdoor_area", "999.99"), "fail 999.99"),
                Arguments.of("STD-OUTDOOR", with(urban(), "outdoor_area", ""), "not-checked"),
                Arguments.of("STD-OFFICE-SHARE", urban(), "pass"),
                Arguments.of("STD-OFFICE-SHARE", with(urban(), "office_area", "90.03"), "fail 30.01"),
                Arguments.of("STD-OFFICE-SHARE", with(urban(), "office_area", ""), "not-checked"),
                // offices larger than the whole facility (DATA-CONSISTENCY): either figure may be the wrong one, so
                // neither the share nor the space per 100 households is judged on them
                Arguments.of("STD-OFFICE-SHARE", with(urban(), "service_area", "120", "office_area", "180"), "contradicted-pair"),
                Arguments.of("STD-SPACE-100", with(urban(), "service_area", "120", "office_area", "180"), "contradicted"),
                Arguments.of("STD-SPACE-100", with(urban(), "service_area", "120", "office_area", "120"), "fail 12"),
                Arguments.of("STD-DELIBERATION", urban(), "pass"),
                Arguments.of("STD-DELIBERATION", with(urban(), "deliberation_cases", "1"), "fail 1"),
                Arguments.of("STD-DELIBERATION", with(urban(), "deliberation_cases", ""), "not-checked"),
                Arguments.of("STD-GRID", urban(), "pass"),
                Arguments.of("STD-GRID", with(urban(), "building_leads", "0"), "fail 楼栋长"),
                Arguments.of("STD-GRID", village(), "n/a"),
                Arguments.of("STD-GRID", with(urban(), "grid_leads", ""), "not-checked"),
                // building leads are needed of an urban community: left empty or "—", the grid is not judged, never passed
                Arguments.of("STD-GRID", with(urban(), "building_leads", ""), "not-checked"),
                Arguments.of("STD-GRID", with(urban(), "building_leads", "—"), "not-checked"),
                Arguments.of("STD-CENTERS", urban(), "pass"),
                Arguments.of("STD-CENTERS", with(urban(), "center_children", "否", "center_elderly", "无"), "fail 老年人日间照料中心、儿童服务中心"),
                Arguments.of("STD-CENTERS", with(village(), "center_children", "否"), "n/a"),
                Arguments.of("STD-CENTERS", with(urban(), "center_health", ""), "not-checked"),
                Arguments.of("STD-ORGS", urban(), "pass"),
                Arguments.of("STD-ORGS", with(urban(), "committee", "否"), "fail 居(村)委会"),
                Arguments.of("STD-ORGS", with(urban(), "party_org", ""), "not-checked"),
                Arguments.of("STD-SOCIAL-ORGS", urban(), "pass"),
                Arguments.of("STD-SOCIAL-ORGS", with(urban(), "social_orgs", "9"), "fail 9"),
                Arguments.of("STD-SOCIAL-ORGS", village(), "pass"),
                Arguments.of("STD-SOCIAL-ORGS", with(village(), "social_orgs", "2"), "fail 2"),
                Arguments.of("STD-SOCIAL-ORGS", with(urban(), "social_orgs", ""), "not-checked"),
                Arguments.of("STD-SOCIAL-WORKER", urban(), "pass"),
                Arguments.of("STD-SOCIAL-WORKER", with(urban(), "social_workers", "0"), "fail 0"),
                Arguments.of("STD-SOCIAL-WORKER", with(urban(), "social_workers", ""), "not-checked"),
                Arguments.of("STD-CHARTER", urban(), "pass"),
                Arguments.of("STD-CHARTER", with(urban(), "charter", "否"), "fail false"),
                Arguments.of("STD-CHARTER", with(urban(), "charter", ""), "not-checked"),
                Arguments.of("STD-WINDOWS", urban(), "pass"),
                Arguments.of("STD-WINDOWS", with(urban(), "windows", "民政、人社、计生、文化"), "fail 综治"),
                Arguments.of("STD-WINDOWS", with(village(), "windows", "民政"), "n/a"),
                Arguments.of("STD-WINDOWS", with(urban(), "windows", ""), "not-checked"),
                Arguments.of("STD-STATION-STAFF", urban(), "pass"),
                Arguments.of("STD-STATION-STAFF", with(urban(), "fulltime_staff", "0"), "fail 0"),
                Arguments.of("STD-STATION-STAFF", with(village(), "fulltime_staff", "0"), "n/a"),
                Arguments.of("STD-STATION-STAFF", with(urban(), "fulltime_staff", ""), "not-checked"),
                Arguments.of("STD-PLAQUES", urban(), "pass"),
                Arguments.of("STD-PLAQUES", with(urban(), "plaques", "警务室、创卫办"), "fail 创卫办"),
                Arguments.of("STD-PLAQUES", with(urban(), "plaques", ""), "not-checked"),
                Arguments.of("STAFF-TRAINING", staff("两委成员", "40"), "pass"),
                Arguments.of("STAFF-TRAINING", staff("两委成员", "39.9"), "fail 39.9"),
                Arguments.of("STAFF-TRAINING", staff("网格员", "20"), "pass"),
                Arguments.of("STAFF-TRAINING", staff("其他", "19.9"), "fail 19.9"),
                Arguments.of("STAFF-TRAINING", staff("专职工作者", ""), "not-checked"));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("cases")
    void rule(String rule, Map<String, String> record, String expected) {
        String kind = record.containsKey("training_hours") ? "staff" : "communities";
        Report report = RuleHarness.run(dir, ALL, Map.of(kind, List.of(record)));
        List<Finding> mine = report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
        switch (expected.split(" ")[0]) {
            case "pass", "n/a" -> assertEquals(List.of(), mine);
            case "not-checked", "contradicted", "contradicted-pair" -> {
                assertEquals(1, mine.size(), mine.toString());
                assertEquals(Severity.INFO, mine.get(0).severity());
                assertEquals(switch (expected) {
                    case "contradicted" -> "rule.notCheckedContradicted";
                    case "contradicted-pair" -> "rule.notCheckedContradictedPair";
                    default -> "rule.notChecked";
                }, mine.get(0).messageKey());
                if (expected.equals("contradicted")) {
                    assertEquals(List.of("office_area"), ((List<?>) mine.get(0).args().get(2)).stream()
                            .map(f -> ((org.shequ.core.schema.Field) f).key()).toList(), "the value it contradicts is named");
                }
            }
            default -> {
                assertEquals(1, mine.size(), mine.toString());
                Finding f = mine.get(0);
                assertTrue(f.severity().atLeast(Severity.WARNING));
                String actual = expected.substring(5);
                assertEquals(actual, String.valueOf(f.actual()));
                String zh = ((Text) f.args().get(0)).zh();
                assertTrue(zh.endsWith("）"), "the message cites its document: " + zh);
            }
        }
    }

    /** A message names the record's values, an enum's label (zh) or key (en), the rule's parameters and its computed values. */
    @Test
    void aMessageNamesTheValuesItAsksFor() {
        Report report = RuleHarness.run(dir, ALL, Map.of("staff", List.of(staff(" 两委 ", "12.5"))));
        Text message = report.findings().stream().filter(f -> f.rule().equals("STAFF-TRAINING"))
                .map(f -> (Text) f.args().get(0)).findFirst().orElseThrow();
        assertTrue(message.zh().startsWith("王建华（两委成员）年度培训 12.5 学时，少于 40 学时"), message.zh());
        assertTrue(message.en().startsWith("王建华 (committee): hours of training this year 12.5, fewer than 40"), message.en());
    }

    /** A value the message names but the sheet left empty is named as missing, not closed up around ("  (other) trained"). */
    @Test
    void aMessageNamesAnEmptyValueAsBlank() {
        for (String empty : new String[] {"", "  "}) {
            Map<String, String> record = staff("其他", "12");
            record.put("name", empty);
            Report report = RuleHarness.run(dir, ALL, Map.of("staff", List.of(record)));
            Text message = report.findings().stream().filter(f -> f.rule().equals("STAFF-TRAINING"))
                    .map(f -> (Text) f.args().get(0)).findFirst().orElseThrow();
            assertTrue(message.zh().startsWith("（姓名未填）（其他）年度培训 12 学时，少于 20 学时"), message.zh());
            assertTrue(message.en().startsWith("(name blank) (other): hours of training this year 12, fewer than 20"), message.en());
        }
    }

    @Test
    void everyStdAndStaffRuleOfTheContractIsInAPack() {
        Set<String> contract = new TreeSet<>(List.of("STD-SPACE-100", "STD-OUTDOOR", "STD-OFFICE-SHARE", "STD-CENTERS",
                "STD-ORGS", "STD-WINDOWS", "STD-STATION-STAFF", "STD-SOCIAL-ORGS", "STD-SOCIAL-WORKER", "STD-CHARTER",
                "STD-GRID", "STD-DELIBERATION", "STD-PLAQUES", "STAFF-TRAINING", "STAFF-EXIT"));
        Set<String> bundled = new TreeSet<>();
        RuleSet.resolve(ALL, Map.of(), "", dir, org.shequ.core.schema.Dictionary.builtIn())
                .rules().forEach(r -> bundled.add(r.id()));
        assertTrue(bundled.containsAll(contract), "missing: " + contract.stream().filter(c -> !bundled.contains(c)).toList());
        Set<String> tested = new TreeSet<>();
        cases().forEach(a -> tested.add((String) a.get()[0]));
        tested.add("STAFF-EXIT");
        assertEquals(contract, tested, "each rule has its cases here or in StaffExitTest");
    }

    @Test
    void theSpaceMessageReadsNaturally() {
        Report r = RuleHarness.run(dir, List.of("fufeng-2018"),
                Map.of("communities", List.of(with(urban(), "households", "600", "service_area", "127.8", "office_area", "30"))));
        Finding f = r.findings().stream().filter(x -> x.rule().equals("STD-SPACE-100")).findFirst().orElseThrow();
        assertEquals("综合服务设施每百户 21.3 平方米，低于 30 平方米（扶政民发〔2017〕94号）", ((Text) f.args().get(0)).zh());
        assertEquals("service facility area is 21.3 m² per 100 households, below 30 m² (扶政民发〔2017〕94号)", ((Text) f.args().get(0)).en());
        assertEquals(21.3, f.actual());
        assertEquals(">= 30", f.expected());
        assertEquals("service_area", f.location().field());
    }
}
