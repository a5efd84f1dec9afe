package org.shequ.core;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves message keys in one language, late: findings and problems carry keys and
 * arguments; each output asks a Messages of its run's locale for the text. Chinese and English.
 */
public final class Messages {
    private static final String BUNDLE = "org.shequ.core.messages";
    private static final Map<Locale, Messages> CACHE = new ConcurrentHashMap<>();
    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The messages of {@code locale}, made once per locale (they hold nothing that changes). */
    public static Messages of(Locale locale) {
        return CACHE.computeIfAbsent(locale, Messages::new);
    }

    public Locale locale() {
        return locale;
    }

    public boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    /** The text of {@code key} with its arguments; the key itself when the bundle lacks it. */
    public String format(String key, List<Object> args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return args.isEmpty() ? key : key + " " + args;
        }
        if (args.isEmpty() && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern; // a plain text (a heading, a label): nothing to format
        }
        Object[] text = args.stream().map(this::text).toArray();
        if (pattern.contains(",plural,")) {
            return new MessageFormat(plurals(pattern, args), locale).format(text);
        }
        // parsed once per key (a national run formats hundreds of thousands); each use formats with a copy,
        // as a MessageFormat is not for two threads at once
        MessageFormat parsed = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        return ((MessageFormat) parsed.clone()).format(text);
    }

    /** The patterns without plurals, parsed. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private static final Pattern PLURAL = Pattern.compile("\\{(\\d+),plural,([^|}]*)\\|([^}]*)}");

    /**
     * English nouns after a count: {@code {0,plural,row|rows}} is "row" when argument 0 is 1 and
     * "rows" otherwise ("1 blank row", "3 blank rows", never "1 rows" or "row(s)").
     */
    static String plurals(String pattern, List<Object> args) {
        Matcher m = PLURAL.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            Object arg = index < args.size() ? args.get(index) : null;
            boolean one = arg != null && String.valueOf(arg).strip().equals("1");
            m.appendReplacement(out, Matcher.quoteReplacement(one ? m.group(2) : m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "1 file", "7 files": a count and its English noun. */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    public String format(Problem p) {
        return format(p.key(), p.args());
    }

    private String text(Object arg) {
        if (arg instanceof Named n) {
            return n.name(locale); // a field's label, a period's name (2023年第一季度; 2023Q1)
        }
        if (arg instanceof Text t) {
            return t.in(locale);
        }
        if (arg instanceof List<?> list) {
            return String.join(bundle.getString("list.separator"), list.stream().map(this::text).toList());
        }
        if (arg instanceof LocalDate d) {
            // 2024年2月1日; in English the ISO form of LocalDate.toString(), its year, month and day as it writes them
            String iso = d.toString();
            int n = iso.length();
            return format("format.date", chinese()
                    ? List.<Object>of(d.getYear(), d.getMonthValue(), d.getDayOfMonth())
                    : List.<Object>of(iso.substring(0, n - 6), iso.substring(n - 5, n - 3), iso.substring(n - 2)));
        }
        if (arg instanceof Double || arg instanceof Rounded) {
            return Numbers.plain(((Number) arg).doubleValue());
        }
        return String.valueOf(arg);
    }
}
