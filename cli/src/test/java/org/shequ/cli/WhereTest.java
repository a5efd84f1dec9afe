package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --where EXPR} on validate, aggregate and feedback: only the records a condition selects. */
class WhereTest {
    @TempDir
    Path tmp;
    private Path csv;

    @BeforeEach
    void sheet() throws Exception {
        csv = tmp.resolve("units.csv");
        Files.writeString(csv, """
                统一代码,社区名称,社区类型,户数,综合服务设施面积,群众满意度,年度
                610324001001,飞凤社区居委会,城市社区,1000,300,89,2023
                610324001004,胜利机械厂社区居委会,城市社区,很多,200,95,2023
                610324101200,天度村委会,行政村,500,,85,2023
                610324101202,齐横村委会,行政村,500,100,,2023
                """);
    }

    @Test
    void validateListsOnlyTheSelectedRecordsFindingsAndSaysWhatItSelected() {
        Cli all = Cli.run("validate", csv.toString(), "--format", "csv", "--lang", "zh");
        assertTrue(all.out().contains(",3,households,"), "unfiltered, line 3's error is listed: " + all.out());
        Cli r = Cli.run("validate", csv.toString(), "--where", "满意度 < 90", "--format", "csv", "--lang", "zh");
        assertEquals(1, r.code(), r.err());
        List<String> lines = r.out().lines().skip(1).toList();
        assertEquals(1, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("DATA-REQUIRED,error,") && lines.get(0).contains(",4,service_area,610324101200,"), r.out());
        assertTrue(r.err().contains("筛选 --where“满意度 < 90”：4 条记录中选中 2 条，1 条缺少筛选所读的字段或其值无效，无法判断，未选中；"
                + "只列出选中记录的问题，不判断缺报单位和各级汇总的规则"), r.err());
        Cli table = Cli.run("validate", csv.toString(), "--where", "满意度 < 90", "--lang", "zh");
        assertTrue((table.out() + table.err()).contains("错误 1，警告 0"), "the summary counts the findings listed: " + table.out() + table.err());
        Cli none = Cli.run("validate", csv.toString(), "--where", "满意度 >= 89 && 户数 == 1000", "--lang", "zh");
        assertEquals(0, none.code(), "the one selected record has no finding: " + none.out() + none.err());
    }

    @Test
    void fieldsByLabelAliasHeaderOrKeyAndValuesByTheirLabels() {
        for (String where : List.of("社区类型 == '行政村' && 群众满意度（%） < 90", "类型 == '行政村' && satisfaction < 90",
                "type == 'village' && 满意度 < 90", "unit_type == 'village' && !(满意度 >= 90)")) {
            Cli r = Cli.run("validate", csv.toString(), "--where", where, "--lang", "zh");
            assertTrue(r.err().contains("中选中 1 条"), where + ": " + r.err());
        }
        Cli yes = Cli.run("aggregate", csv.toString(), "--where", "社区类型 == '城市社区' || 户数 == 否", "--format", "csv");
        assertTrue(yes.err().contains("中选中 1 条，1 条缺少筛选所读的字段或其值无效"),
                "是/否 are yes and no, a label stands for its value; 城关社区's households are invalid, so it is not judged: " + yes.err());
    }

    @Test
    void aggregateAddsUpTheSelectedUnitsAndDoesNotCompareThemWithTheRegistry() {
        Cli r = Cli.run("aggregate", csv.toString(), "--where", "满意度 < 90", "--jurisdiction", "610324", "--format", "csv");
        assertEquals(1, r.code(), r.err());
        String total = r.out().lines().filter(l -> l.contains(",610324,")).findFirst().orElseThrow();
        assertTrue(total.contains(",扶风县（筛选后）,2,"), "the total is the selected units', named so: " + total);
        String header = r.out().lines().findFirst().orElseThrow();
        assertFalse(header.contains("expected") || header.contains("应报"), "no expected units under a filter: " + header);
        Cli whole = Cli.run("aggregate", csv.toString(), "--jurisdiction", "610324", "--format", "csv");
        assertTrue(whole.out().lines().filter(l -> l.contains(",610324,")).findFirst().orElseThrow().contains(",扶风县,4,"), whole.out());
    }

    @Test
    void feedbackSendsBackOnlyTheSelectedRecordsFindings() throws Exception {
        Path out = tmp.resolve("fb");
        Cli r = Cli.run("feedback", csv.toString(), "--where", "户数 < 800", "-o", out.toString(), "--lang", "zh");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("写出 1 份反馈工作簿，共 1 条问题"), r.err());
        try (Workbook wb = WorkbookFactory.create(out.resolve("units-问题反馈.xlsx").toFile(), null, true)) {
            Sheet list = wb.getSheet("问题清单");
            DataFormatter text = new DataFormatter();
            assertTrue(text.formatCellValue(list.getRow(0).getCell(9)).contains("只列出符合筛选条件“户数 < 800”的记录的问题"),
                    "the clerk is told the list is filtered");
            for (int i = 1; i <= list.getLastRowNum(); i++) {
                String code = text.formatCellValue(list.getRow(i).getCell(4));
                assertTrue(code.startsWith("610324101"), "only the villages with 500 households: " + code);
            }
        }
    }

    @Test
    void aBadConditionIsOneLineNamingWhereItFails() {
        for (String[] c : new String[][] {
                {"满意度 < ", "第 5 个字符处有误"},
                {"满意 < 90", "第 1 个字符处：没有字段“满意”"},
                {"户数 > 1 && satisfactoin < 3", "第 11 个字符处：没有字段“satisfactoin”"},
                {"户数", "应是条件（真或假）"},
                {"a.b < 1", "property access is not allowed"},
        }) {
            Cli r = Cli.run("validate", csv.toString(), "--where", c[0], "--lang", "zh");
            assertEquals(2, r.code(), c[0] + ": " + r.err());
            assertTrue(r.err().contains(c[1]), c[0] + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        Cli en = Cli.run("validate", csv.toString(), "--where", "满意度 < ", "--lang", "en");
        assertTrue(en.err().contains("is invalid at column 5"), en.err());
    }

    @Test
    void aFilterOnCommunitiesLeavesTheStaffRegisterOutOfItsCount() throws Exception {
        Path ws = SampleWorkspaceTest.copy(FeedbackCommandTest.FUFENG, tmp);
        Cli r = Cli.run("validate", ws.toString(), "--where", "满意度 >= 99", "--lang", "zh");
        // 293 records in all: the 246 of the community sheets are judged, the staff register and the targets are not
        assertTrue(r.err().contains("筛选 --where“满意度 >= 99”：246 条记录中选中 13 条；"), r.err());
        Cli all = Cli.run("validate", ws.toString(), "--lang", "zh");
        assertTrue((all.out() + all.err()).contains("293 条记录"), all.out() + all.err());
    }
    @Test
    void aMissingValueIsNeitherEqualNorUnequalAndAHeaderErrorIsEveryRecordsProblem() throws Exception {
        Path blank = tmp.resolve("blank.csv");
        Files.writeString(blank, """
                统一代码,社区名称,社区类型,综合服务设施面积,年度
                610324001001,飞凤社区居委会,城市社区,300,2023
                610324001004,胜利机械厂社区居委会,,300,2023
                """);
        Cli r = Cli.run("validate", blank.toString(), "--where", "社区类型 != '行政村'", "--format", "csv", "--lang", "zh");
        assertTrue(r.err().contains("2 条记录中选中 1 条，1 条缺少筛选所读的字段或其值无效"), r.err());
        assertTrue(r.out().contains("DATA-HEADER,error,"), "the missing 户数 column is reported under a filter too: " + r.out());
        assertEquals(1, r.code());
    }
}
