package org.shequ.core.schema;

import org.shequ.core.Named;
import org.shequ.core.Vocabulary;
import org.shequ.core.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a figure is about: a year, or a half, quarter or month of one. Written {@code 2023},
 * {@code 2023H1}, {@code 2023Q1}, {@code 2023-03}; read also as the clerks write them
 * ({@code 2023年}, {@code 2023年上半年}, {@code 2023年第一季度}, {@code 2023年一季度}, {@code 2023年3月},
 * {@code 2023.03}, {@code 2023/3}). Periods are ordered by the month they end in, a shorter one
 * first (2023-12, 2023Q4, 2023H2, 2023), so a year is the latest of the periods ending with it.
 */
public final class Period implements Comparable<Period>, Named {
    /** The length of a period. */
    public enum Span {
        YEAR(12), HALF(6), QUARTER(3), MONTH(1);

        private final int months;

        Span(int months) {
            this.months = months;
        }

        public int months() {
            return months;
        }

        /** How many of these a year holds. */
        public int perYear() {
            return 12 / months;
        }
    }

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;
    private static final Period[] YEARS = new Period[LAST_YEAR - FIRST_YEAR + 1];
    /** a period as clerks write it in digits: 2023年, 2023Q1, 2023-03 */
    private static final Pattern CANONICAL = Pattern.compile(Vocabulary.word("Period.CANONICAL"));
    /** a period as clerks write it in Chinese: 2023年第一季度, 2023年上半年, 2023年3月底 */
    private static final Pattern CHINESE = Pattern.compile(
            Vocabulary.word("Period.CHINESE"));
    /** the first half of a year, as in 2023年上半年 */
    private static final String FIRST_HALF = Vocabulary.word("Period.FIRST_HALF");
    /** Chinese numerals one to nine, as in 一季度, 三月 */
    private static final String DIGITS = Vocabulary.word("Period.DIGITS");
    /** Chinese numeral ten, as in 十月, 十二月 */
    private static final String TEN = Vocabulary.word("Period.TEN");

    static {
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            YEARS[y - FIRST_YEAR] = new Period(y, Span.YEAR, 1);
        }
    }

    private final int year;
    private final Span span;
    private final int index;
    /** Its Chinese name, once asked for (a benign race: every thread makes the same text). */
    private String zh;

    private Period(int year, Span span, int index) {
        this.year = year;
        this.span = span;
        this.index = index;
    }

    /** The year {@code y}; {@code y} between 1900 and 2100. */
    public static Period year(int y) {
        if (y < FIRST_YEAR || y > LAST_YEAR) {
            throw new IllegalArgumentException("year " + y);
        }
        return YEARS[y - FIRST_YEAR];
    }

    /** The {@code index}-th period of {@code span} in year {@code y} (1-based). */
    public static Period of(int y, Span span, int index) {
        if (span == Span.YEAR) {
            return year(y);
        }
        if (y < FIRST_YEAR || y > LAST_YEAR || index < 1 || index > span.perYear()) {
            throw new IllegalArgumentException(y + " " + span + " " + index);
        }
        return new Period(y, span, index);
    }

    /** The period a text names, or empty when it names none (a year outside 1900–2100 included). */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.length() == 4 && Character.isDigit(t.charAt(0))) {
            try {
                int y = Integer.parseInt(t);
                return y >= FIRST_YEAR && y <= LAST_YEAR ? Optional.of(YEARS[y - FIRST_YEAR]) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        Matcher m = CANONICAL.matcher(t);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) != null) {
                Span s = Character.toUpperCase(m.group(2).charAt(0)) == 'Q' ? Span.QUARTER : Span.HALF;
                return make(y, s, Integer.parseInt(m.group(3)));
            }
            if (m.group(5) == null) {
                return make(y, Span.YEAR, 1);
            }
            if (m.group(4).equals(".") && m.group(5).equals("1")) {
                return Optional.empty(); // 2023.1: January, or October typed as a number (2023.10 kept as 2023.1)
            }
            return make(y, Span.MONTH, Integer.parseInt(m.group(5)));
        }
        m = CHINESE.matcher(t);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) != null) {
                return make(y, Span.QUARTER, numeral(m.group(2)));
            }
            if (m.group(3) != null) {
                return make(y, Span.HALF, m.group(3).equals(FIRST_HALF) ? 1 : 2);
            }
            if (m.group(4) != null) {
                return make(y, Span.MONTH, numeral(m.group(4)));
            }
            return make(y, Span.YEAR, 1);
        }
        return Optional.empty();
    }

    private static Optional<Period> make(int y, Span span, int index) {
        if (y < FIRST_YEAR || y > LAST_YEAR || index < 1 || index > span.perYear()) {
            return Optional.empty();
        }
        return Optional.of(of(y, span, index));
    }

    private static int numeral(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        if (s.startsWith(TEN)) {
            return s.length() == 1 ? 10 : 10 + DIGITS.indexOf(s.charAt(1)) + 1;
        }
        return DIGITS.indexOf(s.charAt(0)) + 1;
    }

    public int year() {
        return year;
    }

    public Span span() {
        return span;
    }

    /** The position in the year: 1 for a year, 1–2 for a half, 1–4 for a quarter, 1–12 for a month. */
    public int index() {
        return index;
    }

    public boolean isYear() {
        return span == Span.YEAR;
    }

    /** The year this period is part of (itself for a year). */
    public Period yearOf() {
        return year(year);
    }

    public int firstMonth() {
        return (index - 1) * span.months + 1;
    }

    public int lastMonth() {
        return index * span.months;
    }

    /** Whether this period lies within {@code other} (a period lies within itself). */
    public boolean within(Period other) {
        return year == other.year && firstMonth() >= other.firstMonth() && lastMonth() <= other.lastMonth();
    }

    /** The periods of {@code span} this one is made of, in order (a year's four quarters). */
    public List<Period> parts(Span part) {
        List<Period> out = new ArrayList<>();
        if (part.months > span.months) {
            return out;
        }
        for (int i = (firstMonth() - 1) / part.months + 1; i <= lastMonth() / part.months; i++) {
            out.add(of(year, part, i));
        }
        return out;
    }

    /** The period of the same length after this one (2023Q4 → 2024Q1), or null after 2100. */
    public Period next() {
        if (index < span.perYear()) {
            return of(year, span, index + 1);
        }
        return year < LAST_YEAR ? of(year + 1, span, 1) : null;
    }

    /** A number that identifies the period, ordered as periods are: the month it ends in, then its length. */
    public long key() {
        return ((long) year * 12 + lastMonth()) * 16 + span.months;
    }

    /** In Chinese: 2023年, 2023年上半年, 2023年第一季度, 2023年3月 (made once: headings and messages ask for it often). */
    public String zh() {
        String name = zh;
        if (name == null) {
            name = zhName();
            zh = name;
        }
        return name;
    }

    private String zhName() {
        return switch (span) {
            case YEAR -> Words.format("period.zh.year", year);
            case HALF -> index == 1 ? Words.format("period.zh.half.1", year) : Words.format("period.zh.half.2", year);
            case QUARTER -> switch (index) {
                case 1 -> Words.format("period.zh.quarter.1", year);
                case 2 -> Words.format("period.zh.quarter.2", year);
                case 3 -> Words.format("period.zh.quarter.3", year);
                default -> Words.format("period.zh.quarter.4", year);
            };
            case MONTH -> Words.format("period.zh.month", year, index);
        };
    }

    /** The end of the period in Chinese, as a document says it: 2023年底, 2023年上半年末, 2023年第一季度末, 2023年3月底. */
    public String zhEnd() {
        return switch (span) {
            case YEAR, MONTH -> Words.format("period.zh.end.yearOrMonth", zh());
            case HALF, QUARTER -> Words.format("period.zh.end.halfOrQuarter", zh());
        };
    }

    /** In the language asked for: Chinese, else the canonical form. */
    @Override
    public String name(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? zh() : toString();
    }

    /** For expressions and JSON: the year as a number, any other period as its canonical text. */
    public Object value() {
        return isYear() ? (Object) (long) year : toString();
    }

    @Override
    public int compareTo(Period o) {
        return Long.compare(key(), o.key());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period p && p.year == year && p.span == span && p.index == index;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(key());
    }

    /** The canonical form: 2023, 2023H1, 2023Q1, 2023-03. */
    @Override
    public String toString() {
        return switch (span) {
            case YEAR -> Integer.toString(year);
            case HALF -> year + "H" + index;
            case QUARTER -> year + "Q" + index;
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", year, index);
        };
    }
}
