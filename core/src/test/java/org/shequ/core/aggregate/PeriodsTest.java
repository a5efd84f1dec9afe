package org.shequ.core.aggregate;

import org.shequ.core.workspace.PlanLoader;
import org.shequ.core.workspace.DataPass;
import org.shequ.core.schema.Period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.validate.Validator;
import org.shequ.core.workspace.Plan;

/** Several periods in one input are added up each on its own, never together. */
class PeriodsTest {
    private static final String HEADER = "统一代码,社区名称,年度,户数,综合服务设施面积,群众满意度\n";
    private static final String Y2022 = "610324001001,飞凤社区,2022,900,270,90%\n610324001004,胜利机械厂社区,2022,500,200,95%\n"
            + "610324101200,天度村,2022,300,120,92%\n";
    private static final String Y2023 = "610324001001,飞凤社区,2023,1000,300,91%\n610324001004,胜利机械厂社区,2023,520,210,96%\n";

    @TempDir
    Path dir;

    private DataPass.Aggregated aggregate(String yaml, String csv, Period select) throws Exception {
        Path ws = Files.createTempDirectory(dir, "ws");
        Files.createDirectories(ws.resolve("data"));
        Files.writeString(ws.resolve("data/c.csv"), csv);
        Files.writeString(ws.resolve("shequ.yaml"), yaml);
        return DataPass.of(PlanLoader.load(List.of(ws), List.of(ws.toString()), Plan.Overrides.NONE))
                .aggregate(List.of("township", "county"), Validator.Progress.NONE, true, List.of(), select);
    }

    /** Every row of every level of a period, as text: code, units and all metrics. */
    private static List<String> rows(List<Level> levels) {
        List<String> out = new ArrayList<>();
        for (Level l : levels) {
            for (Row r : l.rowsAndTotal()) {
                out.add(l.by() + " " + l.period() + " " + r.code() + " " + r.units() + " " + r.metrics() + " " + r.missing());
            }
        }
        return out;
    }

    @Test
    void aTwoPeriodInputGivesEachPeriodTheRowsItHasAlone() throws Exception {
        // without a jurisdiction: with one, only the current period is compared with the registry (next test)
        DataPass.Aggregated both = aggregate("", HEADER + Y2022 + Y2023, null);
        DataPass.Aggregated only2022 = aggregate("", HEADER + Y2022, null);
        DataPass.Aggregated only2023 = aggregate("", HEADER + Y2023, null);
        assertEquals(List.of(Period.year(2022), Period.year(2023)), List.copyOf(both.periods().keySet()));
        assertEquals(rows(only2022.levels()), rows(both.periods().get(Period.year(2022))));
        assertEquals(rows(only2023.levels()), rows(both.periods().get(Period.year(2023))));
        assertEquals(1520L, both.levels().get(0).total().metrics().get("households"), "the latest period, never 1520 + 1700");
        assertEquals(Period.year(2023), both.period());
        assertTrue(both.report().findings().stream().anyMatch(f -> f.rule().equals("AGG-PERIOD")
                && f.messageKey().equals("AGG-PERIOD.latest")), "the choice of the latest period is said");
        assertEquals(List.of(Period.year(2022)), List.copyOf(both.history().keySet()));
        assertEquals(4, both.all().size(), "two levels of each period");
    }

    @Test
    void onlyTheCurrentPeriodIsComparedWithTheRegistry() throws Exception {
        DataPass.Aggregated both = aggregate("jurisdiction: '610324'\n", HEADER + Y2022 + Y2023, null);
        Row now = both.levels().get(0).total();
        assertEquals(122L, now.metrics().get("expected_units"), "扶风县's 122 registered units");
        assertEquals(120L, now.metrics().get("absent_units"));
        assertEquals(120L, now.absent());
        assertEquals(120L, now.missing("households"), "2 reported, the 120 that sent nothing lack households");
        assertEquals(2L, now.covered("households"));
        Row then = both.history().get(Period.year(2022)).get(0).total();
        assertEquals(null, then.metrics().get("expected_units"), "2022 is not compared with the 2023 registry");
        assertEquals(0L, then.absent());
        assertEquals(List.of(2L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), both.levels().get(0).rows().stream().map(Row::units).toList(),
                "every township of the county has a row, the 7 that sent nothing with no unit");
    }

    @Test
    void theWorkspacePeriodOrTheOneAskedForIsTheCurrentOne() throws Exception {
        DataPass.Aggregated ws = aggregate("period: 2022\n", HEADER + Y2022 + Y2023, null);
        assertEquals(Period.year(2022), ws.period());
        assertEquals(1700L, ws.levels().get(0).total().metrics().get("households"));
        assertTrue(ws.history().isEmpty());
        DataPass.Aggregated asked = aggregate("period: 2022\n", HEADER + Y2022 + Y2023, Period.year(2023));
        assertEquals(List.of(Period.year(2023)), List.copyOf(asked.periods().keySet()), "--period selects one period");
        DataPass.Aggregated absent = aggregate("period: 2021\n", HEADER + Y2022 + Y2023, null);
        assertTrue(absent.report().findings().stream().anyMatch(f -> f.messageKey().equals("AGG-PERIOD.absent")));
        assertEquals(0L, absent.levels().get(0).total().units());
    }

    @Test
    void duplicatesAreCountedPerPeriod() throws Exception {
        DataPass.Aggregated a = aggregate("", HEADER + Y2022 + Y2023 + "610324001001,飞凤社区,2023,1000,300,91%\n", null);
        assertEquals(1, a.report().findings().stream().filter(f -> f.rule().equals("DATA-DUPLICATE")).count(),
                "飞凤社区 in 2022 and 2023 is no duplicate; twice in 2023 is");
    }
}
