package org.shequ.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeriodTest {
    private static Period p(String text) {
        return Period.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));
    }

    @Test
    void readAsClerksWriteThem() {
        for (String q1 : List.of("2023Q1", "2023q1", "2023-Q1", "2023 Q1", "2023年第一季度", "2023年一季度", "2023年1季度", "2023年第1季度", "2023年度第一季度")) {
            assertEquals("2023Q1", p(q1).toString(), q1);
        }
        for (String h2 : List.of("2023H2", "2023年下半年", "2023年 下半年")) {
            assertEquals("2023H2", p(h2).toString(), h2);
        }
        for (String march : List.of("2023-03", "2023-3", "2023.03", "2023/3", "2023年3月", "2023年03月", "2023年三月", "2023年3月份")) {
            assertEquals("2023-03", p(march).toString(), march);
        }
        assertEquals("2023-12", p("2023年十二月").toString());
        assertEquals("2023", p("2023年度").toString());
        for (String not : List.of("2023Q0", "2023Q5", "2023-13", "2023-00", "2023H3", "1899", "2101Q1", "2023-03-01", "2023年3月1日", "二〇二三年", "", "Q1")) {
            assertEquals(Optional.empty(), Period.parse(not), not);
        }
    }

    @Test
    void orderedByTheMonthTheyEndInAYearLast() {
        List<Period> all = new ArrayList<>(List.of(p("2023"), p("2023-12"), p("2023Q4"), p("2023H2"), p("2023Q1"), p("2023-01"),
                p("2023H1"), p("2022"), p("2024Q1")));
        Collections.shuffle(all, new java.util.Random(7));
        Collections.sort(all);
        assertEquals("[2022, 2023-01, 2023Q1, 2023H1, 2023-12, 2023Q4, 2023H2, 2023, 2024Q1]", all.toString());
        assertEquals(0, p("2023年第一季度").compareTo(p("2023Q1")));
        assertEquals(p("2023Q1").hashCode(), p("2023年一季度").hashCode());
    }

    @Test
    void partsAndWhatFollows() {
        assertEquals("[2023Q1, 2023Q2, 2023Q3, 2023Q4]", p("2023").parts(Period.Span.QUARTER).toString());
        assertEquals("[2023-04, 2023-05, 2023-06]", p("2023Q2").parts(Period.Span.MONTH).toString());
        assertEquals("[]", p("2023Q2").parts(Period.Span.YEAR).toString());
        assertTrue(p("2023-05").within(p("2023H1")));
        assertFalse(p("2023-07").within(p("2023H1")));
        assertFalse(p("2024-01").within(p("2023")));
        assertEquals("2024Q1", p("2023Q4").next().toString());
        assertEquals("2024", p("2023").next().toString());
        assertEquals("2023-02", p("2023-01").next().toString());
        assertNull(p("2100").next());
    }

    @Test
    void namedAsADocumentNamesThem() {
        assertEquals("2023年", p("2023").zh());
        assertEquals("2023年上半年", p("2023H1").zh());
        assertEquals("2023年第三季度", p("2023Q3").zh());
        assertEquals("2023年3月", p("2023-03").zh());
        assertEquals("2023年底", p("2023").zhEnd());
        assertEquals("2023年第三季度末", p("2023Q3").zhEnd());
        assertEquals("2023年上半年末", p("2023H1").zhEnd());
        assertEquals("2023年3月底", p("2023-03").zhEnd());
        assertEquals(2023L, p("2023").value(), "a year is a number in JSON and expressions");
        assertEquals("2023Q3", p("2023Q3").value());
    }
}
