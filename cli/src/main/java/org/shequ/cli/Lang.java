package org.shequ.cli;

import org.shequ.core.Vocabulary;
import java.util.List;
import java.util.Locale;
import org.shequ.core.Problem;
import picocli.CommandLine.Option;

/**
 * {@code --lang zh|en}. Without it the outputs are Chinese, whatever the machine's locale (a server's
 * or container's C.UTF-8 too): the people who read them are clerks and leaders. English only when
 * asked: {@code --lang en}, or a locale that names English ({@code LANG=en_US.UTF-8}; on Windows, an
 * English display language). The launcher passes the locale the user had in {@code SHEQU_LOCALE}, as
 * it runs Java under C.UTF-8 for the file names.
 */
public final class Lang {
    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "Lang.lang")
    String lang;

    public Locale locale() {
        return resolve(lang);
    }

    /** The language asked for; an unknown one is exit 2 naming the choices. */
    static Locale resolve(String lang) {
        if (lang == null) {
            return fromEnvironment();
        }
        Locale chosen = known(lang);
        if (chosen == null) {
            throw new Problem("lang.unknown", lang);
        }
        return chosen;
    }

    /** --lang 中文 is taken for zh */
    private static final String CHINESE = Vocabulary.word("Lang.CHINESE");

    private static Locale known(String lang) {
        String l = lang.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (l.equals("zh") || l.startsWith("zh-") || l.equals("cn") || l.equals(CHINESE)) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if (l.equals("en") || l.startsWith("en-")) {
            return Locale.ENGLISH;
        }
        return null;
    }

    /** English when the user's locale names English; Chinese otherwise (unset, C, POSIX, zh_*, any other). */
    static Locale fromEnvironment() {
        for (String name : List.of("SHEQU_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG")) {
            String v = System.getenv(name);
            if (v != null && !v.isBlank()) {
                return v.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            }
        }
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return windows && Locale.getDefault().getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /** The language named on a command line, for messages printed before options are bound (an unknown one: the default). */
    static Locale fromArgs(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = a.startsWith("--lang=") ? a.substring(7) : "--lang".equals(a) && i + 1 < args.size() ? args.get(i + 1) : null;
            if (value != null) {
                Locale l = known(value);
                return l != null ? l : fromEnvironment();
            }
        }
        return fromEnvironment();
    }
}
