package org.shequ.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.Messages;
import org.shequ.core.validate.Validator;

/**
 * The per-unit lines a template reads as {@code units}: every code exactly as written (a 12-digit
 * code is kept as a number, so a leading zero, a short code, letters and a missing code must come
 * back unchanged), in code order with units without a code last; the level below the place as
 * {@code parts}; and the model let go once the documents are rendered.
 */
class UnitLinesTest {
    @TempDir
    Path dir;

    @Test
    void codesComeBackAsWrittenInCodeOrder() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("data/a.csv"), """
                统一代码,社区名称,户数
                610324101200,甲社区,100
                061032410100,乙社区,100
                ,丙社区,100
                61032410100,丁社区,100
                6103241010AB,戊社区,100
                610324100001,己社区,100
                610324101202,辛社区,100
                ,,100
                6103241010CD,,100
                999999999999,庚社区,100
                """);
        Files.writeString(dir.resolve("templates/codes.md.ftl"),
                "<#list units as u>${u.code!\"-\"} ${u.name!\"-\"} ${u.township_name}\n</#list>${parts_label}: <#list parts as r>${r.name} ${r.units}; </#list>\n${unregistered.note}\n");
        Files.writeString(dir.resolve("shequ.yaml"), """
                jurisdiction: "610324"
                period: 2023
                reports:
                  - {template: codes, formats: [md]}
                """);
        Plan plan = PlanLoader.load(List.of(dir), List.of(dir.toString()), Plan.Overrides.NONE);
        Messages messages = Messages.of(Locale.SIMPLIFIED_CHINESE);
        Documents.Pass pass = Documents.run(plan, List.of("township"), Validator.Progress.NONE, messages, plan.workspace().reports());
        ReportSpec spec = plan.workspace().reports().get(0);
        pass.documents().render(spec, dir.resolve("out")).write();
        String md = Files.readString(dir.resolve("out/codes.md"));
        assertEquals("""
                061032410100 乙社区 代码未登记的单位
                610324100001 己社区 代码未登记的单位
                610324101200 甲社区 天度镇
                610324101202 辛社区 天度镇
                999999999999 庚社区 代码未登记的单位
                - 丙社区 代码未登记的单位
                - 丁社区 代码未登记的单位
                - 戊社区 代码未登记的单位
                - - 代码未登记的单位
                - - 代码未登记的单位
                镇（街）: 城关街道 0; 天度镇 2; 午井镇 0; 绛帐镇 0; 段家镇 0; 杏林镇 0; 召公镇 0; 法门镇 0;\s
                另有代码未在统计用区划代码中登记的单位8个（乙社区、己社区、庚社区、丙社区、丁社区、戊社区、data/a.csv第9行的单位、6103241010CD），\
                未列入分镇（街）统计，合计中已计入，详见问题清单。
                """, md, "a unit without a name is named by its code as written or its place, never \"null\"");
        pass.documents().done();
        assertThrows(IllegalStateException.class, () -> pass.documents().render(spec, dir.resolve("out")));
    }
}
