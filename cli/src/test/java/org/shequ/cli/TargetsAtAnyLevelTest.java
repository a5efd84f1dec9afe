package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Targets for a county or a city beside the townships': progress at every level, and TARGET-SPLIT when the parts do not add up. */
class TargetsAtAnyLevelTest {
    @TempDir
    Path tmp;
    private Path ws;

    @BeforeEach
    void workspace() throws Exception {
        ws = tmp.resolve("ws");
        Files.createDirectories(ws.resolve("data"));
        // no jurisdiction: with one, the units that sent nothing leave the sums incomplete, and an incomplete sum has no progress
        Files.writeString(ws.resolve("shequ.yaml"), """
                period: 2023
                inputs: [data/communities.csv, data/targets.csv]
                """);
        Files.writeString(ws.resolve("data/communities.csv"), """
                统一代码,社区名称,户数,综合服务设施面积,议事成功案例,年度
                610324001001,飞凤社区居委会,1000,300,2,2023
                610324001004,胜利机械厂社区居委会,1000,300,2,2023
                610324101200,天度村委会,500,200,1,2023
                """);
    }

    private List<String> findings(String targets) throws Exception {
        Files.writeString(ws.resolve("data/targets.csv"), "镇(街),指标,目标值,完成时限\n" + targets);
        Cli r = Cli.run("run", ws.toString(), "--lang", "zh");
        assertTrue(r.code() <= 1, r.err());
        return Files.readString(ws.resolve("out/findings.txt")).lines().filter(l -> l.contains("  TARGET-")).map(String::strip).toList();
    }

    @Test
    void aCountysTargetThatIsTheSumOfItsTownshipsIsMeasuredAgainstTheCounty() throws Exception {
        List<String> found = findings("""
                城关街道,议事成功案例,5,2023-12-31
                天度镇,议事成功案例,3,2023-12-31
                扶风县,议事成功案例,8,2023-12-31
                6103,议事成功案例,8,2023-12-31
                """);
        // 城关街道 has 4 of 5, 天度镇 1 of 3, 扶风县 5 of 8, 宝鸡市 (by its code) 5 of 8: behind at every level, all split right
        assertEquals(4, found.size(), found.toString());
        assertTrue(found.stream().allMatch(l -> l.contains("  TARGET-BEHIND  ")), found.toString());
        assertTrue(found.contains("4 target  警告  TARGET-BEHIND  610324 扶风县  扶风县“议事成功案例”完成 5，目标 8，完成 62.5%，尚差 3（完成时限 2023年12月31日）"),
                found.toString());
        assertTrue(found.stream().anyMatch(l -> l.contains("  6103 宝鸡市  宝鸡市“议事成功案例”完成 5，目标 8")), found.toString());
    }

    @Test
    void partsThatDoNotAddUpToTheirAreasTargetAreAnError() throws Exception {
        List<String> found = findings("""
                城关街道,议事成功案例,4,2023-12-31
                天度镇,议事成功案例,1,2023-12-31
                扶风县,议事成功案例,6,2023-12-31
                宝鸡市,议事成功案例,6,2023-12-31
                """);
        List<String> splits = found.stream().filter(l -> l.contains("  TARGET-SPLIT  ")).toList();
        assertEquals(List.of("4 target  错误  TARGET-SPLIT  610324 扶风县  扶风县的“议事成功案例”目标为 6，所辖 2 个镇（街）的目标之和为 5，两者不等"),
                splits, "the city's one county adds up; the county's two townships do not: " + found);
        Cli.run("run", ws.toString(), "--lang", "en");
        assertTrue(Files.readString(ws.resolve("out/findings.txt")).contains("扶风县: the target for 议事成功案例 is 6, but the targets of its 2 parts (镇（街）) add up to 5"));
    }

    @Test
    void theSampleWithACountyTargetAddedChecksItsSplit() throws Exception {
        Path sample = SampleWorkspaceTest.copy(FeedbackCommandTest.FUFENG, tmp);
        Files.writeString(sample.resolve("data/目标任务分解表.csv"), "扶风县,议事成功案例,400,2023-12-31,全县\n",
                java.nio.file.StandardOpenOption.APPEND);
        Cli.run("run", sample.toString(), "--lang", "zh");
        List<String> splits = Files.readString(sample.resolve("out/findings.txt")).lines().filter(l -> l.contains("  TARGET-SPLIT  ")).toList();
        assertEquals(1, splits.size(), splits.toString());
        assertTrue(splits.get(0).contains("所辖 8 个镇（街）的目标之和为 246"), splits.get(0));
    }
    @Test
    void onlyIndicatorsThatAddUpAreSplitAndOnlyWhenEveryAreaIsKnown() throws Exception {
        List<String> found = findings("""
                城关街道,群众满意度,90,2023-12-31
                天度镇,群众满意度,90,2023-12-31
                扶风县,群众满意度,90,2023-12-31
                城关街道,议事成功案例,4,2023-12-31
                某某镇,议事成功案例,1,2023-12-31
                扶风县,议事成功案例,9,2023-12-31
                """);
        assertTrue(found.stream().noneMatch(l -> l.contains("TARGET-SPLIT")),
                "a county's satisfaction is no sum of its townships', and an unknown township's part is not in the sum: " + found);
    }
}
