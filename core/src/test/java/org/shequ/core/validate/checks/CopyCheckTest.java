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
 * DATA-COPY: another unit of the same period with every number the same is a copied row, with or without a code of
 * its own; a row with few numbers (fewer than 8, fewer than 5 not 0, or no households, people or area), another
 * period, or the same unit again (DATA-DUPLICATE) is not.
 */
class CopyCheckTest {
    @TempDir
    Path dir;

    private static final String HEADER = "统一代码,社区名称,年度,户数（户）,常住人口（人）,综合服务设施面积（m²）,办公用房面积（m²）,室外活动场地面积（m²）,网格员（人）,楼栋长（人）,社区社会组织（个）\n";

    @Test
    void aRowWithEveryNumberOfAnotherUnitIsNamedWithWhereThatUnitIs() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/a.csv"), HEADER
                + "610324101202,齐横村,2023,690,1771,309,88,1409,6,3,4\n"       // line 2
                + "610324101999,新建社区,2023,690,1771,309,88,1409,6,3,4\n"     // line 3: a copy of line 2
                + "610324101200,天度村,2023,690,1771,309,88,1409,6,3,5\n"       // line 4: one number differs
                + "610324101203,西坡村,2022,690,1771,309,88,1409,6,3,4\n"       // line 5: another period
                + "610324101202,齐横村,2023,690,1771,309,88,1409,6,3,4\n"       // line 6: the same unit: DATA-DUPLICATE only
                + "610324101204,南阳村,2023,0,0,0,0,12,6,3,4\n"                 // line 7: 4 not 0
                + "610324101205,北阳村,2023,0,0,0,0,12,6,3,4\n"                 // line 8: the same, too few to judge
                + "610324101206,东阳村,2023,5,0,0,0,12,6,3,4\n"                 // line 9: 5 not 0
                + "610324101207,上阳村,2023,5,0,0,0,12,6,3,4\n"                 // line 10: copies line 9
                + "610324101208,中阳村,2023,5,,0,0,12,6,3,4\n"                  // line 11: 7 numbers
                + "610324101209,下阳村,2023,5,,0,0,12,6,3,4\n"                 // line 12: the same, too few to judge
                + "610324101211,前村,2023,0,0,0,3,12,6,3,4\n"                  // line 13: 5 not 0, but no households, people or area
                + "610324101212,后村,2023,0,0,0,3,12,6,3,4\n"                  // line 14: the same, too little to judge
                + ",未编码的村,2023,690,1771,309,88,1409,6,3,4\n");              // line 15: no code, a copy of line 2
        Files.writeString(dir.resolve("data/b.csv"), HEADER
                + "610324101210,后沟村,2023,690,1771,309,88,1409,6,3,4\n");   // another file: copies a.csv line 2
        Files.writeString(dir.resolve("shequ.yaml"), "inputs: [data]\n");
        DataPass.Validated v = DataPass.of(PlanLoader.load(List.of(dir), List.of(dir.toString()), Plan.Overrides.NONE))
                .validated(List.of(), Validator.Progress.NONE);
        List<String> found = v.report().findings().stream().filter(f -> f.rule().equals(CopyCheck.ID))
                .map(CopyCheckTest::said).toList();
        assertEquals(List.of("data/a.csv:3 8 data/a.csv:2", "data/a.csv:10 8 data/a.csv:9", "data/a.csv:15 8 data/a.csv:2",
                "data/b.csv:2 8 data/a.csv:2"), found);
        assertEquals(1, v.report().findings().stream().filter(f -> f.rule().equals(DuplicateCheck.ID)).count());
    }

    /** Where the copy is, how many numbers it has, and where the message says the unit it copies is. */
    private static String said(Finding f) {
        List<Object> a = f.args();
        return f.location().file() + ":" + f.location().line() + " " + a.get(0) + " " + a.get(1) + ":" + a.get(2);
    }
}
