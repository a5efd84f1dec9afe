package org.shequ.core.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shequ.core.schema.Period;
import org.shequ.core.Vocabulary;

/**
 * The reporting period the title rows above a table name (扶风县2023年…统计表, 2023年度, 2023年第一季度,
 * 2023年上半年, 2023年3月), or none. A date of filling is no candidate: a signature or date line
 * (填报日期：2024年1月8日, 制表：2024年1月) and a date (2024年1月8日) are passed over. A running total over
 * several parts (2023年1-6月, 前三季度) is no period and is said so; two different candidates are an error
 * naming both and where each was found, and the table then has no period from its title.
 */
final class TitlePeriod {
    /** A note on the title's period: a key under DATA-LAYOUT, its severity and arguments. */
    record Note(String key, Severity severity, Object[] args) {
    }

    /** The period found (null for none) and what is to be said of it. */
    record Found(Period period, List<Note> notes) {
    }

    /** A period in a title: a year, and a quarter, half or month of it (not a date: 2024年1月8日 is a day of filling). */
    @Vocabulary("a period as a title names it: 2023年度, 2023年第一季度, 2023年上半年, 2023年3月")
    private static final Pattern PERIOD = Pattern.compile("(?:19|20)[0-9]{2}\\s*年度?(?:\\s*(?:第\\s*)?[1-4一二三四]\\s*季度|\\s*[上下]\\s*半\\s*年"
            + "|\\s*(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\\s*月份?(?!\\s*[0-9一二三四五六七八九十]{1,2}\\s*[日号])|(?!\\s*[0-9一二三四五六七八九十]{1,2}\\s*月))");

    /** A span of several parts in a title: 2023年1-6月, 2023年1月至6月, 2023年前三季度, 2023年1-3季度. */
    @Vocabulary("a running total as a title names it: 2023年1-6月, 2023年前三季度")
    private static final Pattern RANGE = Pattern.compile("(?:19|20)[0-9]{2}\\s*年度?\\s*(?:(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\\s*月?\\s*[-—–~～至到]"
            + "|前\\s*[一二三四1-4]\\s*个?\\s*季度|前\\s*(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\\s*个?\\s*月|[1-4一二三四]\\s*[-—–至到]\\s*[1-4一二三四]\\s*季度)");

    /** A date of filling in a title row: 填报日期、填表日期、制表：… and the like. */
    @Vocabulary("the words of a date of filling in a title row: 填报日期, 制表：")
    private static final Pattern FILLED = Pattern.compile("(填报|填表|报送|制表|编制|统计|打印|导出)(日期|时间|人?\\s*[:：])");

    private TitlePeriod() {
    }

    /** The period {@code titles} name; {@code signature}: whether a cell is a signature line (its dates are no period). */
    static Found in(List<String> titles, Predicate<String> signature) {
        Map<Period, String> found = new LinkedHashMap<>();
        List<Note> notes = new ArrayList<>();
        for (String t : titles) {
            if (signature.test(t) || FILLED.matcher(t).find()) {
                continue;
            }
            Matcher range = RANGE.matcher(t);
            if (range.find()) {
                notes.add(new Note(".periodRange", Severity.WARNING, new Object[] {range.group(), t}));
                continue;
            }
            Matcher m = PERIOD.matcher(t);
            while (m.find()) {
                Period.parse(m.group()).ifPresent(p -> found.putIfAbsent(p, t));
            }
        }
        if (found.size() > 1) {
            List<Period> two = List.copyOf(found.keySet());
            notes.add(new Note(".periodTwice", Severity.ERROR, new Object[] {two.get(0), found.get(two.get(0)), two.get(1), found.get(two.get(1))}));
            return new Found(null, notes);
        }
        return new Found(found.size() == 1 ? found.keySet().iterator().next() : null, notes);
    }
}
