package org.shequ.core.aggregate;

import org.shequ.core.workspace.PlanLoader;
import org.shequ.core.workspace.DataPass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Validator;
import org.shequ.core.workspace.Plan;

class AggregateTest {
    @TempDir
    Path dir;

    DataPass.Aggregated aggregate(String shequYaml, String csv, List<String> by) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/c.csv"), csv);
        Files.writeString(dir.resolve("shequ.yaml"), shequYaml);
        return DataPass.of(PlanLoader.load(List.of(dir), List.of(dir.toString()), Plan.Overrides.NONE)).aggregate(by, Validator.Progress.NONE, true);
    }

    @Test
    void ratiosAreRecomputedFromSumsNeverAveraged() throws Exception {
        DataPass.Aggregated a = aggregate("period: 2023\njurisdiction: '610324'\nrules: [national]\n",
                "统一代码,社区名称,户数,综合服务设施面积,办公用房面积\n"
                        + "610324001001,飞凤社区,10000,2000,200\n"       // 20 m² per 100 households
                        + "610324001004,胜利机械厂社区,100,100,10\n",     // 100 m² per 100 households
                List.of("township"));
        Row chengguan = a.levels().get(0).rows().get(0);
        assertEquals("610324001", chengguan.code());
        assertEquals("城关街道", chengguan.name());
        assertEquals(10100L, chengguan.metrics().get("households"));
        assertEquals(2100L, chengguan.metrics().get("service_area"));
        assertEquals(20.7921, chengguan.metrics().get("service_area_per_100").doubleValue(), "2100 / 10100 × 100, not (20 + 100) / 2 = 60");
        assertEquals(0.5, chengguan.metrics().get("pass_rate.STD-SPACE-100"));
        assertEquals(List.of("飞凤社区"), chengguan.failing().get("STD-SPACE-100"));
        assertEquals("扶风县", a.levels().get(0).total().name());
    }

    /**
     * An indicator is computed over the units that reported every input, whatever order they come in:
     * units lacking the area first (the whole group left out so far), then one with it, then another
     * without; and a group where every unit lacks it has no value at all.
     */
    @Test
    void anIndicatorCountsOnlyTheUnitsWithEveryInputInAnyOrder() throws Exception {
        DataPass.Aggregated a = aggregate("period: 2023\n",
                "统一代码,社区名称,户数,综合服务设施面积\n"
                        + "610324001001,飞凤社区,1000,\n"
                        + "610324001002,七星社区,3000,\n"
                        + "610324001004,胜利机械厂社区,200,60\n"          // 30 m² per 100 households: the only unit counted
                        + "610324001005,东坡社区,5000,\n"
                        + "610324100001,北吴村,400,\n",                  // another township: every unit lacks the area
                List.of("township"));
        Row chengguan = a.levels().get(0).rows().get(0);
        assertEquals("610324001", chengguan.code());
        assertEquals(30.0, chengguan.metrics().get("service_area_per_100").doubleValue(), "60 / 200 × 100: the other units lack the area");
        Row other = a.levels().get(0).rows().get(1);
        assertEquals(null, other.metrics().get("service_area_per_100"), "no unit of " + other.code() + " reported the area");
        assertEquals(30.0, a.levels().get(0).total().metrics().get("service_area_per_100").doubleValue());
    }

    /**
     * Offices above the facility: the area is summed as sent, and the unit counted as having a facility (a condition
     * on the value, like its sum), but it is no input of a ratio: m² per 100 households, the office share and the
     * coverage leave it out. Only the ratios say it is missing; with that unit alone the ratios have no value.
     */
    @Test
    void aContradictedUnitIsCountedAsSentAndLeftOutOfTheRatios() throws Exception {
        DataPass.Aggregated a = aggregate("period: 2023\n",
                "统一代码,社区名称,社区类型,户数,综合服务设施面积,办公用房面积\n"
                        + "610324001001,飞凤社区,城市社区,1000,400,100\n"
                        + "610324001004,胜利机械厂社区,城市社区,1000,120,180\n"   // 180 m² of offices in 120 m²
                        + "610324100001,北吴村,行政村,500,100,200\n",               // alone in its township
                List.of("township"));
        Row chengguan = a.levels().get(0).rows().get(0);
        assertEquals(520L, chengguan.metrics().get("service_area"), "summed as sent");
        assertEquals(2L, chengguan.metrics().get("urban_with_facility"), "counted as sent");
        assertEquals(null, chengguan.missing().get("urban_with_facility"));
        assertEquals(40.0, chengguan.metrics().get("service_area_per_100").doubleValue(), "400 / 1000 × 100: the other unit left out");
        assertEquals(1L, chengguan.missing().get("service_area_per_100"));
        Row beiwu = a.levels().get(0).rows().get(1);
        assertEquals(1L, beiwu.metrics().get("rural_with_facility"));
        assertEquals(null, beiwu.metrics().get("service_area_per_100"));
        assertEquals(null, beiwu.metrics().get("rural_coverage"), "no unit of the township has an area that can be used");
    }

    /**
     * An indicator of a group where every unit lacks one of its inputs has no value, whatever its
     * expression: not the value of its expression over nothing (here 0 + 1), division or none.
     */
    @Test
    void anIndicatorWhoseInputsNoUnitReportedHasNoValue() throws Exception {
        DataPass.Aggregated a = aggregate("period: 2023\nindicators:\n"
                        + "  - {key: area_plus_one, per: level, zh: 面积加一, en: area plus one, unit: m², expr: \"service_area + 1\"}\n",
                "统一代码,社区名称,户数,综合服务设施面积\n"
                        + "610324001001,飞凤社区,1000,\n"
                        + "610324001004,胜利机械厂社区,200,60\n"
                        + "610324101200,天度村,400,\n",
                List.of("township"));
        Row chengguan = a.levels().get(0).rows().get(0);
        assertEquals(61L, chengguan.metrics().get("area_plus_one"), "the unit that reported the area: 60 + 1");
        Row other = a.levels().get(0).rows().get(1);
        assertEquals("610324101", other.code());
        assertEquals(null, other.metrics().get("area_plus_one"), "no unit of " + other.code() + " reported the area");
        assertEquals(null, other.metrics().get("service_area_per_100"));
    }

    @Test
    void percentagesAreHouseholdWeighted() throws Exception {
        DataPass.Aggregated a = aggregate("period: 2023\n", "统一代码,社区名称,户数,综合服务设施面积,群众满意度\n"
                + "610324001001,飞凤社区,900,300,90%\n610324001004,胜利机械厂社区,100,30,100%\n", List.of("county"));
        assertEquals(91L, a.levels().get(0).rows().get(0).metrics().get("satisfaction"), "(90×900 + 100×100) / 1000");
    }

    @Test
    void aWeightedMeanOnATieRoundsHalfUpFromItsExactValue() throws Exception {
        // (94.3 × 3 + 90.1 × 29) / 32 = 90.49375 exactly; summed in doubles it is 90.49374999999999 and rounds down
        DataPass.Aggregated a = aggregate("period: 2023\n", "统一代码,社区名称,户数,群众满意度\n"
                + "610324001001,飞凤社区,3,94.3%\n610324001004,胜利机械厂社区,29,90.1%\n", List.of("county"));
        assertEquals(90.4938, a.levels().get(0).rows().get(0).metrics().get("satisfaction").doubleValue());
    }

    @Test
    void unknownCodesAreKeptDuplicatesCountedOnceSeveralLevelsInOnePass() throws Exception {
        DataPass.Aggregated a = aggregate("period: 2023\n", "统一代码,社区名称,户数,综合服务设施面积\n"
                + "610324001001,飞凤社区,100,30\n610324101200,天度村,50,20\n610324101999,新建社区,10,5\n"
                + "610324001001,飞凤社区,100,30\n110101001001,多福巷社区,70,30\n", List.of("township", "county", "province", "type"));
        Level township = a.levels().get(0);
        assertEquals(List.of("110101001", "610324001", "610324101", "unknown"), township.rows().stream().map(Row::code).toList());
        assertEquals(10L, township.rows().get(3).metrics().get("households"));
        assertEquals(4L, township.total().units(), "the repeated unit is counted once");
        assertEquals(List.of("11", "61", "unknown"), a.levels().get(2).rows().stream().map(Row::code).toList());
        Level byType = a.levels().get(3);
        assertEquals(List.of("unknown"), byType.rows().stream().map(Row::code).toList(), "no type column: grouped under unknown");
    }

    @Test
    void levelRulesAreEvaluatedOnTheAggregates() throws Exception {
        DataPass.Aggregated a = aggregate("period: 2023\njurisdiction: '610324'\nrules: [national]\n",
                "统一代码,社区名称,社区类型,户数,综合服务设施面积\n"
                        + "610324101200,天度村,行政村,100,30\n610324101202,齐横村,行政村,100,0\n"
                        + "610324001001,飞凤社区,城市社区,100,30\n",
                List.of("township"));
        List<Finding> coverage = a.report().findings().stream().filter(f -> f.rule().equals("AGG-COVERAGE")).toList();
        assertEquals(1, coverage.size(), coverage.toString());
        assertEquals("610324", coverage.get(0).unit(), "rural coverage 50 % < 80 % for the county");
        assertTrue(coverage.get(0).args().get(0).toString().contains("50"));
    }
}
