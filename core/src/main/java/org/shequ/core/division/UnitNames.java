package org.shequ.core.division;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import org.shequ.core.Vocabulary;

/**
 * Compares a unit's name with the registry's, tolerant of the usual suffix variants
 * (社区居委会 / 社区 / 社区居民委员会, 村委会 / 村民委员会 / 村) and of the township-level
 * 办事处 / 人民政府 wording, full-width forms and spaces.
 */
public final class UnitNames {
    /** The body's name, stripped first ... */
    private static final List<String> BODIES = Vocabulary.words("UnitNames.BODIES");
    /** ... then the kind of unit. */
    private static final List<String> KINDS = Vocabulary.words("UnitNames.KINDS");

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private UnitNames() {
    }

    /** The name's stem: normalised, without its body suffix and then its kind suffix. */
    public static String stem(String name) {
        String s = SPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
        return strip(strip(s, BODIES), KINDS);
    }

    private static String strip(String s, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (s.length() > suffix.length() && s.endsWith(suffix)) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    public static boolean same(String given, String registered) {
        return given.equals(registered) || stem(given).equals(stem(registered));
    }
}
