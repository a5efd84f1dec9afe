package org.shequ.core.schema;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import org.shequ.core.Vocabulary;
import org.shequ.core.io.Visible;

/**
 * Turns a cell's text into a typed value as DATA.md says: 是/否 and friends for booleans,
 * full-width digits, thousands separators, {@code 97.4%}, lists separated by 、，,;；, Chinese
 * dates. Returns {@code null} for an empty cell and an {@link Invalid} for a cell that does not
 * parse; it never guesses: text with an unexpected unit is invalid, not stripped.
 */
public final class ValueParser {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    /** a year as clerks write it: 2023, 2023年, 2023年度 */
    private static final Pattern YEAR = Pattern.compile(Vocabulary.word("ValueParser.YEAR"));
    /** a date as clerks write it: 2024-02-01, 2024年2月1日 */
    private static final Pattern DATE = Pattern.compile(Vocabulary.word("ValueParser.DATE"));
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern CODE = Pattern.compile("\\d{12}");
    /** the words and marks clerks write for yes: 是, 有, true, yes, √ */
    private static final Set<String> YES_WORDS = Set.of(Vocabulary.word("ValueParser.YES_WORDS.1"), Vocabulary.word("ValueParser.YES_WORDS.2"), "true", "yes", "y", "1", "√", "✓", "✔");
    /** the words and marks clerks write for no: 否, 无, false, no, × */
    private static final Set<String> NO_WORDS = Set.of(Vocabulary.word("ValueParser.NO_WORDS.1"), Vocabulary.word("ValueParser.NO_WORDS.2"), "false", "no", "n", "0", "×", "✗", "✘");
    private static final Map<String, Boolean> BOOLEANS = booleans();

    /**
     * What clerks write for "not applicable" in a cell that is not text: read as empty (then
     * DATA-REQUIRED only where the field is required). 无 is "no" in a yes/no cell, so it is left
     * to the boolean words there.
     */
    private static final Set<String> NOT_APPLICABLE = Set.of(
            "—", "——", "-", "--", Vocabulary.word("ValueParser.NOT_APPLICABLE.1"), "/", Vocabulary.word("ValueParser.NOT_APPLICABLE.2"), "\\", Vocabulary.word("ValueParser.NOT_APPLICABLE.3"), Vocabulary.word("ValueParser.NOT_APPLICABLE.4"), "N/A", "n/a", "NA");
    /** what clerks write for not applicable in a yes/no cell: —, －, ／, 不适用, N/A */
    private static final Set<String> NOT_APPLICABLE_BOOLEAN = Set.of(
            "—", "——", "-", "--", Vocabulary.word("ValueParser.NOT_APPLICABLE_BOOLEAN.1"), "/", Vocabulary.word("ValueParser.NOT_APPLICABLE_BOOLEAN.2"), "\\", Vocabulary.word("ValueParser.NOT_APPLICABLE_BOOLEAN.3"), "N/A", "n/a", "NA");

    /**
     * The largest magnitude a value may have (10^15): beyond it a cell is a DATA-TYPE finding, so
     * that no sum, ratio or expression of real data can overflow (1e309, 1e999, 40-digit numbers).
     * No count or area of a community comes near it, and decimals are exact below it.
     */
    public static final double LARGEST = 1e15;

    /** The first characters of the texts for "not applicable", to look them up only when they may be one. */
    private static final String NOT_APPLICABLE_STARTS = Vocabulary.word("ValueParser.NOT_APPLICABLE_STARTS");

    private ValueParser() {
    }

    /** The yes and no words, each with the value it means. */
    private static Map<String, Boolean> booleans() {
        Map<String, Boolean> out = new HashMap<>();
        YES_WORDS.forEach(w -> out.put(w, true));
        NO_WORDS.forEach(w -> out.put(w, false));
        return Map.copyOf(out);
    }

    /** Whether the (stripped) text of a cell of this field means "not applicable". */
    public static boolean notApplicable(Field field, String text) {
        return switch (field.type()) {
            case TEXT -> false;
            case BOOLEAN -> NOT_APPLICABLE_BOOLEAN.contains(text);
            default -> NOT_APPLICABLE.contains(text);
        };
    }

    /** The text without surrounding white space of any kind (ASCII, full-width, no-break). */
    public static String strip(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && blank(raw.charAt(start))) {
            start++;
        }
        while (end > start && blank(raw.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == raw.length() ? raw : raw.substring(start, end);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** The typed value of {@code raw} for {@code field}; null when empty. */
    public static Object parse(Field field, String raw) {
        if (raw == null) {
            return null;
        }
        String text = trimmed(raw) ? raw : strip(raw);
        if (text.isEmpty() || text.length() <= 3 && NOT_APPLICABLE_STARTS.indexOf(text.charAt(0)) >= 0 && notApplicable(field, text)) {
            return null;
        }
        if ((field.type() == FieldType.TEXT || field.type() == FieldType.LIST) && Visible.hasControl(text)) {
            return new Invalid("control"); // a NUL or other control character: damaged text, not a name
        }
        return switch (field.type()) {
            case TEXT -> text;
            case CODE -> code(text);
            case INTEGER -> integer(field, text);
            case DECIMAL -> decimal(field, text);
            case PERCENT -> percent(text);
            case BOOLEAN -> bool(text);
            case LIST -> list(text);
            case YEAR -> year(text);
            case PERIOD -> period(text);
            case DATE -> date(text);
            case ENUM -> enumKey(field, text);
        };
    }

    /** True when the text starts and ends with a character that is surely not white space. */
    private static boolean trimmed(String t) {
        return !t.isEmpty() && solid(t.charAt(0)) && solid(t.charAt(t.length() - 1));
    }

    private static boolean solid(char c) {
        return (c > ' ' && c < 0x7F) || (c >= 0x4E00 && c <= 0x9FFF);
    }

    /** 1 for plain ASCII digits with an optional sign, 2 for a plain decimal, 0 for anything else. */
    private static int simpleNumber(String t) {
        int n = t.length();
        int i = n > 0 && (t.charAt(0) == '-' || t.charAt(0) == '+') ? 1 : 0;
        int start = i;
        while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        if (i == n) {
            return i > start ? 1 : 0;
        }
        if (i == start || t.charAt(i) != '.') {
            return 0;
        }
        int frac = ++i;
        while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        return i == n && i > frac ? 2 : 0;
    }

    private static boolean digits(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Half-width form of digits, letters and punctuation; other characters unchanged. */
    static String halfWidth(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        return ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static Object code(String text) {
        if (text.length() == 12 && digits(text, 0, 12)) {
            return text;
        }
        String t = halfWidth(text);
        if (t.startsWith("'")) {
            t = t.substring(1);
        }
        return CODE.matcher(t).matches() ? t : new Invalid("code");
    }

    private static Object integer(Field field, String text) {
        int kind = simpleNumber(text);
        if (kind == 1 && text.length() < 16) {
            return Long.parseLong(text);
        }
        BigDecimal n = number(field, text);
        if (n == null) {
            return new Invalid("integer");
        }
        if (tooLarge(n)) {
            return new Invalid("tooLarge");
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            return new Invalid("integer");
        }
    }

    private static boolean tooLarge(BigDecimal n) {
        return n.abs().compareTo(BIG) > 0;
    }

    private static final BigDecimal BIG = BigDecimal.valueOf(1_000_000_000_000_000L);

    private static Object decimal(Field field, String text) {
        int kind = simpleNumber(text);
        if (kind == 1 && text.length() < 16) {
            return (double) Long.parseLong(text);
        }
        if (kind == 2 && text.length() < 16) {
            return Double.parseDouble(text);
        }
        BigDecimal n = number(field, text);
        return n == null ? new Invalid("decimal") : tooLarge(n) ? new Invalid("tooLarge") : (Object) n.doubleValue();
    }

    private static Object percent(String text) {
        String bare = text.endsWith("%") ? text.substring(0, text.length() - 1) : text;
        int kind = simpleNumber(bare);
        if (kind != 0 && bare.length() < 16) {
            return Double.parseDouble(bare);
        }
        String t = halfWidth(text);
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        BigDecimal n = plain(t);
        return n == null ? new Invalid("percent") : tooLarge(n) ? new Invalid("tooLarge") : (Object) n.doubleValue();
    }

    /**
     * A number, allowing thousands separators and a trailing unit of the field's family: its own
     * (120户, 300平方米) as written, another converted exactly (650㎡, 3.2万元 for a field in 元, 1.5亩);
     * a unit of another kind is no number of the field (null).
     */
    private static BigDecimal number(Field field, String text) {
        String t = halfWidth(text);
        BigDecimal n0 = plain(t);
        if (n0 != null) {
            return n0;
        }
        String unit = field.unit();
        if (unit != null && !unit.isEmpty() && !t.isEmpty()) {
            Units units = Units.bundled();
            Units.Unit written = units.suffix(t);
            if (written == null) {
                return null;
            }
            Units.Conversion c = units.conversion(written.name(), unit);
            String key = Units.key(t);
            BigDecimal n = c == null ? null : plain(key.substring(0, key.length() - Units.key(written.name()).length()).strip());
            return n == null ? null : c.apply(n);
        }
        return null;
    }

    /**
     * The typed value of a cell whose column's header names another unit of the field's family
     * (工作经费（元） for a field in 万元): the number read as written, then converted; a whole-number
     * field must come out whole (1.5 in 万户 is 15000 户).
     */
    public static Object parse(Field field, String raw, Units.Conversion conversion) {
        if (conversion == null || raw == null || !field.type().numeric()) {
            return parse(field, raw);
        }
        String text = strip(raw);
        if (text.isEmpty() || notApplicable(field, text)) {
            return null;
        }
        BigDecimal n = plain(halfWidth(text));
        if (n == null) {
            return parse(field, raw); // with a unit of its own, or not a number: as any cell
        }
        BigDecimal v = conversion.apply(n);
        if (tooLarge(v)) {
            return new Invalid("tooLarge");
        }
        if (field.type() == FieldType.INTEGER) {
            try {
                return v.longValueExact();
            } catch (ArithmeticException e) {
                return new Invalid("integer");
            }
        }
        return v.doubleValue();
    }

    private static BigDecimal plain(String t) {
        if (PLAIN_NUMBER.matcher(t).matches()) {
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                return null; // an exponent beyond any number (1e9999999999)
            }
        }
        if (GROUPED_NUMBER.matcher(t).matches()) {
            return new BigDecimal(t.replace(",", ""));
        }
        return null;
    }

    private static Object bool(String text) {
        Boolean b = BOOLEANS.get(text);
        if (b == null) {
            b = BOOLEANS.get(halfWidth(text).toLowerCase(Locale.ROOT));
        }
        return b == null ? new Invalid("boolean") : (Object) b;
    }

    private static Object list(String text) {
        return ListItems.of(text);
    }

    private static Object year(String text) {
        if (text.length() == 4 && digits(text, 0, 4)) {
            long y = Long.parseLong(text);
            return y >= 1900 && y <= 2100 ? (Object) y : new Invalid("year");
        }
        Matcher m = YEAR.matcher(halfWidth(text));
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            if (y >= 1900 && y <= 2100) {
                return (long) y;
            }
        }
        BigDecimal n = plain(halfWidth(text));
        if (n != null && n.stripTrailingZeros().scale() <= 0) {
            long y = n.longValue();
            if (y >= 1900 && y <= 2100) {
                return y;
            }
        }
        return new Invalid("year");
    }

    /** A period as clerks write it (2023, 2023年, 2023Q1, 2023年第一季度, 2023年上半年, 2023-03, 2023年3月), or a year typed as a number. */
    private static Object period(String text) {
        Object year = year(text);
        if (year instanceof Long y) {
            return Period.year(y.intValue());
        }
        return Period.parse(halfWidth(text)).map(p -> (Object) p).orElseGet(() -> new Invalid("period"));
    }

    private static Object date(String text) {
        String t = halfWidth(text);
        Matcher m = DATE.matcher(t);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(t);
            if (!m.matches()) {
                return new Invalid("date");
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return new Invalid("date");
        }
    }

    private static Object enumKey(Field field, String text) {
        String direct = field.enumKey(text);
        if (direct != null) {
            return direct;
        }
        String norm = HeaderNames.normalise(text);
        for (EnumValue v : field.values()) {
            if (norm.equals(HeaderNames.normalise(v.key())) || norm.equals(HeaderNames.normalise(v.label()))) {
                return v.key();
            }
            for (String a : v.aliases()) {
                if (norm.equals(HeaderNames.normalise(a))) {
                    return v.key();
                }
            }
        }
        return new Invalid("enum");
    }
}
