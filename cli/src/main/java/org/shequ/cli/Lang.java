package org.shequ.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --lang zh|en}; the default follows the system locale (zh for a Chinese locale). */
public final class Lang {
    @Option(names = "--lang", paramLabel = "zh|en", description = "消息语言 / language of messages: zh or en (default: from the locale)")
    String lang;

    public Locale locale() {
        return resolve(lang);
    }

    static Locale resolve(String lang) {
        String l = lang != null ? lang : Locale.getDefault().getLanguage();
        return "zh".equalsIgnoreCase(l) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /** The language named on a command line, for messages printed before options are bound. */
    static Locale fromArgs(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--lang=")) {
                return resolve(a.substring(7));
            }
            if ("--lang".equals(a) && i + 1 < args.size()) {
                return resolve(args.get(i + 1));
            }
        }
        return resolve(null);
    }
}
