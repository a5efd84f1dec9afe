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
    private static final Pattern PERIOD = Pattern.compile(Vocabulary.word("TitlePeriod.PERIOD"));

    /** A span of several parts in a title: 2023年1-6月, 2023年1月至6月, 2023年前三季度, 2023年1-3季度. */
    private static final Pattern RANGE = Pattern.compile(Vocabulary.word("TitlePeriod.RANGE"));

    /** A date of filling in a title row: 填报日期、填表日期、制表：… and the like. */
    private static final Pattern FILLED = Pattern.compile(Vocabulary.word("TitlePeriod.FILLED"));

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
