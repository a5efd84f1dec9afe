package org.shequ.core.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import org.shequ.core.io.ReadLimits;
import org.shequ.core.io.Yaml;

/**
 * How item names are compared when neither id, exact name nor alias matches: full-width forms,
 * punctuation and spaces ignored, and the official wording around an item set aside — a notice
 * title (关于……的通知), stacked verbs (协助配合做好……) and trailing nouns (……工作、事项) — so that
 * "关于协助配合做好禁毒宣传教育工作的通知" meets "禁毒宣传教育". The words are data
 * ({@code wording.yaml}), not code.
 */
public final class ItemNames {
    private static final Pattern NOISE = Pattern.compile("[\\p{P}\\p{S}\\s]+");
    private static final Wording WORDS = load();

    /** wording.yaml as written. */
    static final class Wording {
        public Notice notice = new Notice();
        public List<String> verbs = List.of();
        public List<String> tails = List.of();
    }

    static final class Notice {
        public List<String> prefixes = List.of();
        public List<String> suffixes = List.of();
    }

    private ItemNames() {
    }

    private static Wording load() {
        try (InputStream in = ItemNames.class.getResourceAsStream("/org/shequ/core/access/wording.yaml")) {
            return Yaml.mapper(ReadLimits.DEFAULT)
                    .readValue(in, Wording.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String normalise(String name) {
        String s = NOISE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
        String prefix = first(s, WORDS.notice.prefixes, true);
        String suffix = first(s, WORDS.notice.suffixes, false);
        if (prefix != null && suffix != null && s.length() > prefix.length() + suffix.length() + 1) {
            s = s.substring(prefix.length(), s.length() - suffix.length());
        }
        for (String v = first(s, WORDS.verbs, true); v != null && s.length() > v.length() + 1; v = first(s, WORDS.verbs, true)) {
            s = s.substring(v.length());
        }
        for (String t = first(s, WORDS.tails, false); t != null && s.length() > t.length() + 1; t = first(s, WORDS.tails, false)) {
            s = s.substring(0, s.length() - t.length());
        }
        return s;
    }

    /** The longest word of the list the text starts (or ends) with, or null. */
    private static String first(String s, List<String> words, boolean start) {
        String best = null;
        for (String w : words) {
            if ((start ? s.startsWith(w) : s.endsWith(w)) && (best == null || w.length() > best.length())) {
                best = w;
            }
        }
        return best;
    }
}
