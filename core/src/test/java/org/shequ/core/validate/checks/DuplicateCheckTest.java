package org.shequ.core.validate.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Validator;
import org.shequ.core.workspace.DataPass;
import org.shequ.core.workspace.Plan;
import org.shequ.core.workspace.PlanLoader;

/**
 * DATA-DUPLICATE across files, provinces and periods: a registered unit is remembered by its place in
 * the registry, an unregistered code by its number; each repeat names where the unit was first seen.
 */
class DuplicateCheckTest {
    @TempDir
    Path dir;

    @Test
    void eachRepeatNamesTheFirstPlaceWhateverTheProvincePeriodOrFile() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        String header = "统一代码,社区名称,年度,户数,综合服务设施面积\n";
        Files.writeString(dir.resolve("data/a.csv"), header
                + "610324001001,飞凤社区,2023,100,30\n"      // line 2: Shaanxi, registered
                + "110101001001,多福巷社区,2023,70,30\n"     // line 3: Beijing, registered
                + "610324101999,新建社区,2023,10,5\n"        // line 4: not in the registry
                + "610324001001,飞凤社区,2022,100,30\n");    // line 5: another period: no repeat
        Files.writeString(dir.resolve("data/b.csv"), header
                + "110101001001,多福巷社区,2023,70,30\n"     // repeats a.csv line 3
                + "610324101999,新建社区,2023,10,5\n"        // repeats a.csv line 4
                + "610324001001,飞凤社区,2023,100,30\n"      // repeats a.csv line 2
                + "610324001001,飞凤社区,2022,100,30\n"      // repeats a.csv line 5
                + "610324001001,飞凤社区,2023,100,30\n");    // again: still a.csv line 2
        Files.writeString(dir.resolve("shequ.yaml"), "inputs: [data]\n");
        DataPass.Validated v = DataPass.of(PlanLoader.load(List.of(dir), List.of(dir.toString()), Plan.Overrides.NONE))
                .validated(List.of(), Validator.Progress.NONE);
        List<String> found = v.report().findings().stream().filter(f -> f.rule().equals("DATA-DUPLICATE"))
                .map(DuplicateCheckTest::said).toList();
        assertEquals(List.of(
                "data/b.csv:2 110101001001 2023 data/a.csv:3",
                "data/b.csv:3 610324101999 2023 data/a.csv:4",
                "data/b.csv:4 610324001001 2023 data/a.csv:2",
                "data/b.csv:5 610324001001 2022 data/a.csv:5",
                "data/b.csv:6 610324001001 2023 data/a.csv:2"), found);
    }

    /**
     * A repeat filled in as the first row (a row pasted twice) is told apart from one filled in otherwise (two versions
     * of the unit): registered or not, and for a key of another kind (a staff register's id).
     */
    @Test
    void aRepeatSaysWhetherItIsFilledInAsTheFirstRow() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/a.csv"), "统一代码,社区名称,户数,综合服务设施面积\n"
                + "610324001001,飞凤社区,100,30\n"
                + "610324101999,新建社区,10,5\n"
                + "610324001001,飞凤社区,100,30\n"        // as line 2
                + "610324101999,新建社区,10,6\n"          // not as line 3: 6 m², not 5
                + "610324001001,飞凤社区, 100 ,30\n");    // as line 2, spaces aside
        Files.writeString(dir.resolve("data/staff.yaml"), "staff:\n"
                + "  - {编号: FF-1, 姓名: 王建华, 所属社区: \"610324001001\", 岗位: 网格员}\n"
                + "  - {编号: FF-1, 姓名: 王建华, 所属社区: \"610324001001\", 岗位: 网格员}\n"
                + "  - {编号: FF-1, 姓名: 李秀兰, 所属社区: \"610324001001\", 岗位: 网格员}\n");
        Files.writeString(dir.resolve("shequ.yaml"), "period: 2023\ninputs: [data/a.csv, {path: data/staff.yaml, kind: staff}]\n");
        DataPass.Validated v = DataPass.of(PlanLoader.load(List.of(dir), List.of(dir.toString()), Plan.Overrides.NONE))
                .validated(List.of(), Validator.Progress.NONE);
        List<String> keys = v.report().findings().stream().filter(f -> f.rule().equals("DATA-DUPLICATE"))
                .map(f -> f.location().file() + ":" + f.location().line() + " " + f.messageKey()).toList();
        assertEquals(List.of("data/a.csv:4 DATA-DUPLICATE.same", "data/a.csv:5 DATA-DUPLICATE", "data/a.csv:6 DATA-DUPLICATE.same",
                "data/staff.yaml:3 DATA-DUPLICATE.same", "data/staff.yaml:4 DATA-DUPLICATE"), keys);
    }

    /** Where the repeat is, its code and period, and where the message says the unit was first seen. */
    private static String said(Finding f) {
        List<Object> a = f.args();
        return f.location().file() + ":" + f.location().line() + " " + a.get(1) + " " + a.get(2) + " " + a.get(3) + ":" + a.get(4);
    }
}
