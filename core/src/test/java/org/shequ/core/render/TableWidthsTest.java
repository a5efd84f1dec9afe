package org.shequ.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers are never broken: every column holds its widest number, and a crowded table gets a smaller size first. */
class TableWidthsTest {
    private static final int TEXT = 8844; // A4 less 28 mm and 26 mm, in twips

    @Test
    void everyColumnHoldsItsWidestNumberAndShortNamesStayWhole() {
        List<List<String>> rows = List.of(
                List.of("镇（街）", "社区数", "户数", "每百户设施面积（平方米）", "面积达标率"),
                List.of("城关街道", "25", "19317※", "40.1※", "95.8%"),
                List.of("合计", "123", "78776※", "43.0※", "98.3%"));
        TableWidths.Layout l = TableWidths.fit(rows, TEXT, 12, 10.5, 9);
        assertEquals(12.0, l.size());
        assertTrue(l.widths()[2] >= TableWidths.width("78776", 12) + TableWidths.MARGINS);
        assertTrue(l.widths()[0] >= TableWidths.width("城关街道", 12) + TableWidths.MARGINS, "a short name is not wrapped");
        assertTrue(java.util.Arrays.stream(l.widths()).sum() <= TEXT);
    }

    @Test
    void aTableTooWideForItsNumbersIsSetSmallerBeforeAnyNumberBreaks() {
        List<String> head = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (int c = 0; c < 7; c++) {
            head.add("指标" + c);
            row.add("1234567.89");
        }
        TableWidths.Layout l = TableWidths.fit(List.of(head, row), TEXT, 12, 10.5, 9);
        assertEquals(9.0, l.size(), "seven columns of ten-character numbers fit only at 小五");
        for (int w : l.widths()) {
            assertTrue(w >= TableWidths.width("1234567.89", 9) + TableWidths.MARGINS);
        }
        assertEquals(10.5, TableWidths.fit(List.of(head.subList(0, 6), row.subList(0, 6)), TEXT, 12, 10.5, 9).size(), "six at 五号");
        assertEquals(12.0, TableWidths.fit(List.of(head.subList(0, 5), row.subList(0, 5)), TEXT, 12, 10.5, 9).size(), "five at 小四");
    }

    /** The attachment's table as the sample has it: the date, the short headers and the numbers stay whole; the long indicator wraps. */
    @Test
    void datesQuantitiesAndShortHeadersAreNeverWrapped() {
        List<List<String>> rows = List.of(
                List.of("镇（街）", "指标", "2024年目标", "完成期限", "2023年实际"),
                List.of("城关街道", "村务公开民主管理示范村", "2", "2024年10月31日", "5"),
                List.of("法门镇", "议事成功案例", "46", "2024年12月31日", "64"));
        TableWidths.Layout l = TableWidths.fit(rows, TEXT, 12, 10.5, 9);
        assertEquals(12.0, l.size());
        assertTrue(l.widths()[3] >= TableWidths.width("2024年12月31日", 12) + TableWidths.MARGINS, "the date on one line");
        assertTrue(l.widths()[2] >= TableWidths.width("2024年目标", 12) + TableWidths.MARGINS, "a short header on one line");
        assertTrue(l.widths()[4] >= TableWidths.width("2023年实际", 12) + TableWidths.MARGINS);
        assertTrue(l.widths()[1] < TableWidths.width("村务公开民主管理示范村", 12) + TableWidths.MARGINS, "the long text takes what is left and wraps");
        assertTrue(java.util.Arrays.stream(l.widths()).sum() <= TEXT);
        assertTrue(TableWidths.quantity("3.2万元") && TableWidths.quantity("2024年10月31日") && !TableWidths.quantity("村务公开"));
        assertTrue(!TableWidths.quantity("截至2024年底全县每百户综合服务设施面积达到标准"), "a sentence with a number is text");
    }

    /** Twelve short headers over numbers cannot all stay whole: they wrap rather than push the table past the margins. */
    @Test
    void shortHeadersGiveWayBeforeTheTableOverflows() {
        List<String> head = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (int c = 0; c < 12; c++) {
            head.add("指标名称" + c);
            row.add("12.5");
        }
        TableWidths.Layout l = TableWidths.fit(List.of(head, row), TEXT, 12, 10.5, 9);
        assertTrue(java.util.Arrays.stream(l.widths()).sum() <= TEXT, "within the text: " + java.util.Arrays.toString(l.widths()));
        for (int w : l.widths()) {
            assertTrue(w >= TableWidths.width("12.5", l.size()) + TableWidths.MARGINS, "numbers still whole");
        }
    }
}
