package org.shequ.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ValueParserTest {
    static final Kind COMMUNITIES = Dictionary.builtIn().kind("communities").orElseThrow();

    static Field field(String key) {
        return COMMUNITIES.field(key).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"是,true", "否,false", "有,true", "无,false", "TRUE,true", "false,false", "yes,true", "No,false",
            "1,true", "0,false", "√,true", "×,false"})
    void booleans(String raw, boolean expected) {
        assertEquals(expected, ValueParser.parse(field("party_org"), raw));
    }

    @Test
    void notABoolean() {
        assertEquals(new Invalid("boolean"), ValueParser.parse(field("party_org"), "部分"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1234|1234", "1,234|1234", "１２３４|1234", " 12 |12", "12.0|12", "120户|120"})
    void integers(String raw, long expected) {
        assertEquals(expected, ValueParser.parse(field("households"), raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1,2O5", "12.5", "12,34", "约300", "120人"})
    void notIntegers(String raw) {
        assertInstanceOf(Invalid.class, ValueParser.parse(field("households"), raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"21.3|21.3", "1,234.5|1234.5", "３０．０|30.0", "300平方米|300", "300m²|300"})
    void decimals(String raw, double expected) {
        assertEquals(expected, (Double) ValueParser.parse(field("service_area"), raw), 1e-9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"97.4%|97.4", "97.4|97.4", "９７．４％|97.4", "120%|120"})
    void percentages(String raw, double expected) {
        assertEquals(expected, (Double) ValueParser.parse(field("satisfaction"), raw), 1e-9);
    }

    @Test
    void lists() {
        assertEquals(List.of("民政", "人社", "计生", "文化", "综治"),
                ValueParser.parse(field("windows"), "民政、人社，计生,文化;综治"));
        Object spaced = ValueParser.parse(field("windows"), "民政 、、 人社\u3000；\t计生，");
        assertEquals(List.of("民政", "人社", "计生"), spaced);
        assertEquals(List.of("民政", "人社", "计生").hashCode(), spaced.hashCode());
        assertEquals("[民政, 人社, 计生]", spaced.toString());
        assertEquals(List.of("一项"), ValueParser.parse(field("windows"), "一项"));
        assertEquals(List.of(), ValueParser.parse(field("windows"), "、，"));
        List<?> many = (List<?>) ValueParser.parse(field("windows"), String.join("、", java.util.Collections.nCopies(20, "项")));
        assertEquals(20, many.size());
        assertThrows(IndexOutOfBoundsException.class, () -> many.get(20));
    }

    @Test
    void enumsByKeyLabelOrAlias() {
        assertEquals("urban", ValueParser.parse(field("type"), "城市社区"));
        assertEquals("urban", ValueParser.parse(field("type"), "urban"));
        assertEquals("converted", ValueParser.parse(field("type"), "村改居"));
        assertEquals(new Invalid("enum"), ValueParser.parse(field("type"), "小区"));
    }

    @Test
    void codesAndYears() {
        assertEquals("610324001001", ValueParser.parse(field("code"), "６１０３２４００１００１"));
        assertEquals(new Invalid("code"), ValueParser.parse(field("code"), "61032400100"));
        assertEquals(Period.year(2023), ValueParser.parse(field("period"), "2023年"));
        assertEquals(Period.year(2023), ValueParser.parse(field("period"), "2023.0"), "a year typed as a number in a spreadsheet");
        assertEquals(Period.of(2023, Period.Span.QUARTER, 1), ValueParser.parse(field("period"), "2023年第一季度"));
        assertEquals(Period.of(2023, Period.Span.MONTH, 3), ValueParser.parse(field("period"), "２０２３－０３"));
        assertEquals(new Invalid("period"), ValueParser.parse(field("period"), "202322"));
        assertEquals(new Invalid("period"), ValueParser.parse(field("period"), "2023Q5"));
        assertEquals(new Invalid("period"), ValueParser.parse(field("period"), "2023-03-01"), "a date is no period");
    }

    @Test
    void dates() {
        Field date = Dictionary.builtIn().kind("assignments").orElseThrow().field("date").orElseThrow();
        LocalDate d = LocalDate.of(2018, 6, 1);
        for (String raw : List.of("2018-06-01", "2018/6/1", "2018年6月1日", "2018.6.1", "20180601")) {
            assertEquals(d, ValueParser.parse(date, raw), raw);
        }
        assertEquals(new Invalid("date"), ValueParser.parse(date, "2018-02-30"));
    }

    @Test
    void emptyIsNull() {
        assertNull(ValueParser.parse(field("households"), "  "));
    }

    @Test
    void headersMatchByLabelAliasAndUnit() {
        assertEquals("service_area", COMMUNITIES.match("综合服务设施面积（平方米）").orElseThrow().key());
        assertEquals("households", COMMUNITIES.match(" 户数 (户) ").orElseThrow().key());
        assertEquals("name", COMMUNITIES.match("村（社区）名称").orElseThrow().key());
        assertEquals("group_leads", COMMUNITIES.match("居(村)民小组长（人）").orElseThrow().key());
        assertEquals("households", COMMUNITIES.match("HOUSEHOLDS").orElseThrow().key());
        assertEquals(true, COMMUNITIES.match("电梯数").isEmpty());
    }
}
