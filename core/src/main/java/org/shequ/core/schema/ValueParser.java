package org.shequ.core.schema;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a cell's text into a typed value as DATA.md says: 是/否 and friends for booleans,
 * full-width digits, thousands separators, {@code 97.4%}, lists separated by 、，,;；, Chinese
 * dates. Returns {@code null} for an empty cell and an {@link Invalid} for a cell that does not
 * parse; it never guesses: text with an unexpected unit is invalid, not stripped.
 */
public final class ValueParser {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、，,;；]");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(年|年度)?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:[-/.年])(\\d{1,2})(?:[-/.月])(\\d{1,2})日?(?:[ T]00:00(?::00)?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern CODE = Pattern.compile("\\d{12}");
    private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(
            Map.entry("是", true), Map.entry("否", false),
            Map.entry("有", true), Map.entry("无", false),
            Map.entry("true", true), Map.entry("false", false),
            Map.entry("yes", true), Map.entry("no", false),
            Map.entry("y", true), Map.entry("n", false),
            Map.entry("1", true), Map.entry("0", false),
            Map.entry("√", true), Map.entry("×", false),
            Map.entry("✓", true), Map.entry("✗", false),
            Map.entry("✔", true), Map.entry("✘", false));

    private ValueParser() {
    }

    /** The typed value of {@code raw} for {@code field}; null when empty. */
    public static Object parse(Field field, String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        if (text.isEmpty()) {
            return null;
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
            case DATE -> date(text);
            case ENUM -> enumKey(field, text);
        };
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
        String t = halfWidth(text);
        if (t.startsWith("'")) {
            t = t.substring(1);
        }
        return CODE.matcher(t).matches() ? t : new Invalid("code");
    }

    private static Object integer(Field field, String text) {
        BigDecimal n = number(field, text);
        if (n == null) {
            return new Invalid("integer");
        }
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            return new Invalid("integer");
        }
    }

    private static Object decimal(Field field, String text) {
        BigDecimal n = number(field, text);
        return n == null ? new Invalid("decimal") : (Object) n.doubleValue();
    }

    private static Object percent(String text) {
        String t = halfWidth(text);
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        BigDecimal n = plain(t);
        return n == null ? new Invalid("percent") : (Object) n.doubleValue();
    }

    /** A number, allowing thousands separators and a trailing unit equal to the field's own. */
    private static BigDecimal number(Field field, String text) {
        String t = halfWidth(text);
        String unit = field.unit();
        if (unit != null && !unit.isEmpty()) {
            String u = halfWidth(unit);
            if (t.endsWith(u)) {
                t = t.substring(0, t.length() - u.length()).strip();
            } else if ("m²".equals(unit) && (t.endsWith("平方米") || t.endsWith("m2"))) {
                t = t.substring(0, t.length() - (t.endsWith("m2") ? 2 : 3)).strip();
            }
        }
        return plain(t);
    }

    private static BigDecimal plain(String t) {
        if (PLAIN_NUMBER.matcher(t).matches()) {
            return new BigDecimal(t);
        }
        if (GROUPED_NUMBER.matcher(t).matches()) {
            return new BigDecimal(t.replace(",", ""));
        }
        return null;
    }

    private static Object bool(String text) {
        Boolean b = BOOLEANS.get(halfWidth(text).toLowerCase(Locale.ROOT));
        if (b == null) {
            b = BOOLEANS.get(text);
        }
        return b == null ? new Invalid("boolean") : (Object) b;
    }

    private static Object list(String text) {
        List<String> items = new ArrayList<>();
        for (String part : LIST_SEPARATORS.split(text)) {
            String item = part.strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return List.copyOf(items);
    }

    private static Object year(String text) {
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
