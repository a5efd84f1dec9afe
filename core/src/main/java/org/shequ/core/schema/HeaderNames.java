package org.shequ.core.schema;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;
import org.shequ.core.Vocabulary;

/**
 * How headers are compared (DATA.md): surrounding and inner spaces, full-width/half-width
 * forms, case, a leading required-marker {@code *} and a trailing unit in brackets are ignored.
 */
public final class HeaderNames {
    /** full-width opening brackets clerks write around a unit: 【, 〔 */
    private static final String OPENING_BRACKETS = Vocabulary.word("HeaderNames.OPENING_BRACKETS");
    /** full-width closing brackets clerks write around a unit: 】, 〕 */
    private static final String CLOSING_BRACKETS = Vocabulary.word("HeaderNames.CLOSING_BRACKETS");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("^(.+?)\\s*[(\\[]([^()\\[\\]]*)[)\\]]\\s*$");

    /**
     * Normalised names and their bare forms, remembered: finding a header band tries every cell of
     * the first rows against every kind, again for each sheet and again when findings are sent back,
     * and the Unicode normalisation is the cost. Bounded, since the cells tried may be data.
     */
    private static final int REMEMBERED = 16_384;
    private static final ConcurrentHashMap<String, String> NORMALISED = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, String> BARE = new ConcurrentHashMap<>();
    /** What {@link #BARE} holds for a name without a trailing bracket. */
    private static final String NONE = new String("");

    private HeaderNames() {
    }

    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String known = NORMALISED.get(header);
        if (known != null) {
            return known;
        }
        String n = normalised(header);
        if (NORMALISED.size() < REMEMBERED) {
            NORMALISED.put(header, n);
        }
        return n;
    }

    private static String normalised(String header) {
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '*' || c == '\uFEFF') {
                continue;
            }
            if (OPENING_BRACKETS.indexOf(c) >= 0) {
                c = '[';
            } else if (CLOSING_BRACKETS.indexOf(c) >= 0) {
                c = ']';
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** The header without a trailing bracketed part ("户数（户）" → "户数"), or null if none. */
    public static String withoutUnit(String header) {
        String key = header == null ? "" : header;
        String known = BARE.get(key);
        if (known == null) {
            Matcher m = TRAILING_BRACKET.matcher(normalise(header));
            known = m.matches() ? m.group(1) : NONE;
            if (BARE.size() < REMEMBERED) {
                BARE.put(key, known);
            }
        }
        return known == NONE ? null : known;
    }
}
