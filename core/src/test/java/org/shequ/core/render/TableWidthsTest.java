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
}
