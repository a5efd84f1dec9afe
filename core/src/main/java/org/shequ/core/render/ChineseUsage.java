package org.shequ.core.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.shequ.core.Vocabulary;
import org.shequ.core.Words;

/**
 * How numbers, shares, lists, dates and headings are written in a Chinese official document:
 * 62.06万 and 1.2亿, 95.8%, 城北社区、河东社区等, 2018年6月1日, 一、（一）1.（1）.
 */
public final class ChineseUsage {
    /** The digits 0–9 as a document writes them in Chinese numerals. */
    private static final String DIGITS = Words.get("render.usage.digits");
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private ChineseUsage() {
    }

    /** A number with at most {@code places} decimals, trailing zeros dropped: 40.1346 → 40.13, 25.0 → 25. */
    public static String number(double value, int places) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** A number with exactly {@code places} decimals: 40.1346 → 40.1 with one place, 30 → 30.0. */
    public static String fixed(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    /** Large numbers in 万 or 亿 with up to two decimals: 9,999 → 9999, 62,441 → 6.24万, 123,456,789 → 1.23亿. */
    public static String wan(double value) {
        BigDecimal v = BigDecimal.valueOf(value);
        BigDecimal abs = v.abs();
        if (abs.compareTo(YI) >= 0) {
            return Words.format("render.usage.yi", trim(v.divide(YI, 2, RoundingMode.HALF_UP)));
        }
        if (abs.compareTo(WAN) >= 0) {
            return Words.format("render.usage.wan", trim(v.divide(WAN, 2, RoundingMode.HALF_UP)));
        }
        return number(value, 2);
    }

    private static String trim(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    /** A share (0–1) as a percentage with one decimal: 0.9583 → 95.8%, 1 → 100.0%. */
    public static String share(double fraction) {
        return percent(fraction * 100);
    }

    /** A value already in percent with one decimal: 93.99 → 94.0%. */
    public static String percent(double value) {
        return fixed(value, 1) + "%";
    }

    /** Items joined with 、; after {@code max} items the rest become 等 (max ≤ 0: all items). */
    public static String join(List<?> items, int max) {
        StringBuilder b = new StringBuilder();
        int n = max <= 0 ? items.size() : Math.min(max, items.size());
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(Words.get("render.usage.list.separator"));
            }
            b.append(items.get(i));
        }
        if (n < items.size()) {
            b.append(Words.get("render.usage.list.more"));
        }
        return b.toString();
    }

    /**
     * A unit's name as prose calls it: 城北社区居委会 → 城北社区, 召公村委会 → 召公村,
     * 城北居民委员会 → 城北社区; other names unchanged.
     */
    public static String brief(String name) {
        for (String[] r : BRIEF) {
            if (name.endsWith(r[0]) && name.length() > r[0].length()) {
                return name.substring(0, name.length() - r[0].length()) + r[1];
            }
        }
        return name;
    }

    /** the endings of a unit's name as clerks write it (社区居委会, 村民委员会) and what prose calls it instead */
    private static final String[][] BRIEF = {
        {Vocabulary.word("ChineseUsage.BRIEF.1"), Vocabulary.word("ChineseUsage.BRIEF.2")}, {Vocabulary.word("ChineseUsage.BRIEF.3"), Vocabulary.word("ChineseUsage.BRIEF.4")}, {Vocabulary.word("ChineseUsage.BRIEF.5"), Vocabulary.word("ChineseUsage.BRIEF.6")}, {Vocabulary.word("ChineseUsage.BRIEF.7"), Vocabulary.word("ChineseUsage.BRIEF.8")},
        {Vocabulary.word("ChineseUsage.BRIEF.9"), Vocabulary.word("ChineseUsage.BRIEF.10")}, {Vocabulary.word("ChineseUsage.BRIEF.11"), Vocabulary.word("ChineseUsage.BRIEF.12")},
    };

    /** the whole country, as a place is named in shequ.yaml */
    private static final String NATION = Vocabulary.word("ChineseUsage.NATION");
    /** the last characters of the names of jurisdictions (县, 区, 市, 旗, 省, 镇, 乡) */
    private static final String JURISDICTION_ENDINGS = Vocabulary.word("ChineseUsage.JURISDICTION_ENDINGS");

    /** "The whole of" a jurisdiction as a report says it: 扶风县 → 全县, 龙山区 → 全区, 濮阳市 → 全市, 全国 → 全国. */
    public static String whole(String place) {
        if (place == null || place.isEmpty()) {
            return Words.get("render.usage.whole.none");
        }
        if (place.equals(NATION)) {
            return place;
        }
        char last = place.charAt(place.length() - 1);
        return JURISDICTION_ENDINGS.indexOf(last) >= 0 ? Words.format("render.usage.whole", String.valueOf(last))
                : Words.format("render.usage.whole", place);
    }

    /** "Our" jurisdiction as a report says it: 扶风县 → 我县, 全国 → 我国, none → 我辖区. */
    public static String own(String place) {
        if (place == null || place.isEmpty()) {
            return Words.get("render.usage.own.none");
        }
        if (place.equals(NATION)) {
            return Words.get("render.usage.own.nation");
        }
        char last = place.charAt(place.length() - 1);
        return JURISDICTION_ENDINGS.indexOf(last) >= 0 ? Words.format("render.usage.own", String.valueOf(last))
                : Words.format("render.usage.own", place);
    }

    /** A date as written in a document: 2018年6月1日. */
    public static String date(LocalDate d) {
        return Words.format("render.usage.date", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** A Chinese numeral for 0–99: 3 → 三, 10 → 十, 12 → 十二, 21 → 二十一. */
    public static String numeral(int n) {
        if (n < 0 || n > 99) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return digit(n);
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : digit(tens)) + Words.get("render.usage.ten") + (ones == 0 ? "" : digit(ones));
    }

    private static String digit(int n) {
        return String.valueOf(DIGITS.charAt(n));
    }

    /**
     * The number of a heading at a level of a document's structure (GB/T 9704): level 1 一、,
     * level 2 （一）, level 3 1., level 4 （1）.
     */
    public static String heading(int level, int n) {
        return switch (level) {
            case 1 -> Words.format("render.usage.heading.1", numeral(n));
            case 2 -> Words.format("render.usage.heading.2", numeral(n));
            case 3 -> n + ".";
            case 4 -> Words.format("render.usage.heading.4", n);
            default -> throw new IllegalArgumentException("heading level " + level + " (1–4)");
        };
    }
}
