package org.shequ.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.Problem;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Validator;

class WorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void workspaceAddsFieldsAndAliasesWithoutCode() throws Exception {
        Files.writeString(dir.resolve("shequ.yaml"), """
                jurisdiction: "610324"
                period: 2023
                inputs: [data/*.csv]
                fields:
                  communities:
                    - {key: elevators, label: 电梯数, type: integer, unit: 部, min: 0}
                aliases:
                  communities:
                    households: [住户总数]
                """);
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/a.csv"), "统一代码,社区名称,住户总数,综合服务设施面积,电梯数（部）\n"
                + "610324001001,飞凤社区,1000,300,-2\n");
        Plan plan = PlanLoader.load(List.of(dir), List.of(dir.toString()), Plan.Overrides.NONE);
        Report r = DataPass.of(plan).validate(List.of(), Validator.Progress.NONE);
        List<org.shequ.core.validate.Finding> data = r.findings().stream().filter(f -> !f.rule().equals("DATA-UNREPORTED")).toList();
        assertEquals(1, data.size(), r.findings().toString());
        assertEquals("DATA-RANGE", data.get(0).rule());
        assertEquals("elevators", data.get(0).location().field());
        assertEquals("data/a.csv", data.get(0).location().file());
        assertEquals(8, r.findings().stream().filter(f -> f.rule().equals("DATA-UNREPORTED")).count(),
                "扶风县's 8 townships each name the units that sent nothing");
    }

    @Test
    void aliasForAnUnknownFieldIsAProblem() throws Exception {
        Files.writeString(dir.resolve("shequ.yaml"), "aliases:\n  communities:\n    nonsense: [x]\n");
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/a.csv"), "统一代码\n");
        Problem p = assertThrows(Problem.class, () -> PlanLoader.load(List.of(dir), List.of(dir.toString()), Plan.Overrides.NONE));
        assertEquals("workspace.unknownField", p.key());
    }

    @Test
    void inputsThatMatchNothingAreAProblem() throws Exception {
        Files.writeString(dir.resolve("shequ.yaml"), "inputs: [data/*.xlsx]\n");
        Problem p = assertThrows(Problem.class, () -> PlanLoader.load(List.of(dir), List.of(dir.toString()), Plan.Overrides.NONE));
        assertEquals("workspace.noInputs", p.key());
        assertTrue(p.args().get(0).toString().endsWith("shequ.yaml"));
    }

    @Test
    void theSameWorkbookMayBeListedTwiceWithDifferentSheets() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.copy(Path.of("..", "samples", "fufeng", "data", "各镇社区基本情况.xlsx"), dir.resolve("data/towns.xlsx"));
        Files.writeString(dir.resolve("shequ.yaml"), """
                period: 2023
                inputs:
                  - {path: data/towns.xlsx, sheet: 天度镇}
                  - {path: data/towns.xlsx, sheet: [午井镇, 法门镇]}
                  - {path: data/towns.xlsx, sheet: [午井镇, 法门镇]}
                """);
        Plan plan = PlanLoader.load(List.of(dir), List.of(dir.toString()), Plan.Overrides.NONE);
        assertEquals(2, plan.files().size(), "listed twice with other sheets: read twice; the same sheets again: once");
        assertTrue(plan.files().stream().anyMatch(f -> f.sheets().equals(List.of("天度镇"))), plan.files().toString());
        Report r = DataPass.of(plan).validate(List.of(), Validator.Progress.NONE);
        assertEquals(13 + 10 + 22, r.summary().records());
        assertTrue(r.findings().stream().noneMatch(f -> "下拉选项".equals(f.location().sheet())),
                "sheets named: the others are not reported as skipped");
    }

    @Test
    void inputsNamedByAbsolutePathOrGlobAreReadFromAWorkspaceGivenRelatively(@TempDir Path elsewhere) throws Exception {
        Files.createDirectories(elsewhere.resolve("2023"));
        Files.writeString(elsewhere.resolve("2023/a.csv"), "统一代码,社区名称,户数\n610324001001,飞凤社区,1000\n");
        Files.writeString(elsewhere.resolve("2023/b.csv"), "统一代码,社区名称,户数\n610324001002,西街社区,900\n");
        Files.writeString(elsewhere.resolve("c.csv"), "统一代码,社区名称,户数\n610324001003,东街社区,800\n");
        Files.writeString(dir.resolve("shequ.yaml"), "period: 2023\ninputs: [" + elsewhere.resolve("2023") + "/*.csv, "
                + elsewhere.resolve("c.csv") + "]\n");
        Path relative = Path.of("").toAbsolutePath().relativize(dir);
        Plan plan = PlanLoader.load(List.of(relative), List.of(relative.toString()), Plan.Overrides.NONE);
        assertEquals(List.of(elsewhere.resolve("2023/a.csv").toString(), elsewhere.resolve("2023/b.csv").toString(),
                elsewhere.resolve("c.csv").toString()), plan.files().stream().map(f -> f.name()).toList(),
                "a file outside the workspace keeps the absolute name it was given");
        assertEquals(3, DataPass.of(plan).validate(List.of(), Validator.Progress.NONE).summary().records());
    }
}
