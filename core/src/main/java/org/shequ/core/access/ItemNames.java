package org.shequ.core.access;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How item names are compared when neither id, exact name nor alias matches: full-width forms,
 * punctuation and spaces ignored, and the usual wording of assistance (协助/配合 … 工作) set aside,
 * so "协助做好城乡居民医疗保险参保登记工作" meets "城乡居民医疗保险参保登记".
 */
public final class ItemNames {
    private static final Pattern NOISE = Pattern.compile("[\\p{P}\\p{S}\\s]+");
    private static final List<String> PREFIXES = List.of("协助做好", "配合做好", "协助开展", "配合开展", "协助", "配合", "做好", "开展", "负责");
    private static final List<String> SUFFIXES = List.of("相关工作", "有关工作", "工作", "事项", "事宜");

    private ItemNames() {
    }

    public static String normalise(String name) {
        String s = NOISE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
        for (String p : PREFIXES) {
            if (s.startsWith(p) && s.length() > p.length() + 1) {
                s = s.substring(p.length());
                break;
            }
        }
        for (String x : SUFFIXES) {
            if (s.endsWith(x) && s.length() > x.length() + 1) {
                s = s.substring(0, s.length() - x.length());
                break;
            }
        }
        return s;
    }
}
