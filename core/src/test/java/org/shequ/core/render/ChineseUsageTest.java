package org.shequ.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseUsageTest {
    @Test
    void largeNumbersIn万And亿() {
        assertEquals("9999", ChineseUsage.wan(9999));
        assertEquals("1万", ChineseUsage.wan(10_000));
        assertEquals("6.24万", ChineseUsage.wan(62_441));
        assertEquals("62.06万", ChineseUsage.wan(620_573));
        assertEquals("1.23亿", ChineseUsage.wan(123_456_789));
        assertEquals("12.5", ChineseUsage.wan(12.5));
    }

    @Test
    void percentagesWithOneDecimal() {
        assertEquals("95.8%", ChineseUsage.share(0.9583));
        assertEquals("100.0%", ChineseUsage.share(1));
        assertEquals("0.0%", ChineseUsage.share(0));
        assertEquals("94.0%", ChineseUsage.percent(93.99));
        assertEquals("30.0", ChineseUsage.fixed(30, 1));
        assertEquals("40.13", ChineseUsage.number(40.1346, 2));
        assertEquals("25", ChineseUsage.number(25.0, 2));
    }

    @Test
    void listsJoinedWith顿号And等AfterN() {
        assertEquals("城北社区、河东社区", ChineseUsage.join(List.of("城北社区", "河东社区"), 0));
        assertEquals("城北社区、河东社区等", ChineseUsage.join(List.of("城北社区", "河东社区", "西关社区"), 2));
        assertEquals("城北社区", ChineseUsage.join(List.of("城北社区"), 2));
        assertEquals("", ChineseUsage.join(List.of(), 3));
    }

    @Test
    void datesNumeralsAndHeadings() {
        assertEquals("2018年6月1日", ChineseUsage.date(LocalDate.of(2018, 6, 1)));
        assertEquals("三", ChineseUsage.numeral(3));
        assertEquals("十", ChineseUsage.numeral(10));
        assertEquals("十二", ChineseUsage.numeral(12));
        assertEquals("二十一", ChineseUsage.numeral(21));
        assertEquals("一、", ChineseUsage.heading(1, 1));
        assertEquals("（二）", ChineseUsage.heading(2, 2));
        assertEquals("3.", ChineseUsage.heading(3, 3));
        assertEquals("（4）", ChineseUsage.heading(4, 4));
    }

    @Test
    void unitNamesAsProseCallsThem() {
        assertEquals("城北社区", ChineseUsage.brief("城北社区居委会"));
        assertEquals("城北社区", ChineseUsage.brief("城北社区居民委员会"));
        assertEquals("召公村", ChineseUsage.brief("召公村委会"));
        assertEquals("法门寺文化景区社区", ChineseUsage.brief("法门寺文化景区社区"));
        assertEquals("全县", ChineseUsage.whole("扶风县"));
        assertEquals("全区", ChineseUsage.whole("龙山区"));
        assertEquals("全市", ChineseUsage.whole("濮阳市"));
        assertEquals("全国", ChineseUsage.whole("全国"));
        assertEquals("全辖区", ChineseUsage.whole(null));
    }

    @Test
    void ourJurisdictionIsWhatTheWholeOfItIsWithWeForAll() {
        assertEquals("我县", ChineseUsage.own("扶风县"));
        assertEquals("我县", ChineseUsage.own("全椒县"), "a place whose name begins with 全 keeps its own name's ending");
        assertEquals("我国", ChineseUsage.own("全国"));
        assertEquals("我辖区", ChineseUsage.own(""));
        assertEquals("我某地", ChineseUsage.own("某地"));
        for (String place : new String[] {"扶风县", "龙山区", "全国", "某地", "全椒县"}) {
            assertEquals(ChineseUsage.whole(place).replaceFirst("^全", "我"), ChineseUsage.own(place), place);
        }
    }
}
