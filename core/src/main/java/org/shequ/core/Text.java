package org.shequ.core;

import java.util.Locale;
import java.util.Map;

/**
 * A text in Chinese and English, as rule packs write titles and messages ({@code {zh: …, en: …}}).
 * A missing language falls back to the other.
 */
public record Text(String zh, String en) {

    public static Text of(Map<String, String> m) {
        if (m == null || m.isEmpty()) {
            return new Text("", "");
        }
        return new Text(m.getOrDefault("zh", m.getOrDefault("en", "")), m.getOrDefault("en", m.getOrDefault("zh", "")));
    }

    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }

    @Override
    public String toString() {
        return zh;
    }
}
