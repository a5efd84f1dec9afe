package org.shequ.core.schema;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How headers are compared (DATA.md): surrounding and inner spaces, full-width/half-width
 * forms, case, a leading required-marker {@code *} and a trailing unit in brackets are ignored.
 */
public final class HeaderNames {
    private static final Pattern TRAILING_BRACKET = Pattern.compile("^(.+?)\\s*[(\\[]([^()\\[\\]]*)[)\\]]\\s*$");

    private HeaderNames() {
    }

    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '*' || c == '\uFEFF') {
                continue;
            }
            if (c == '【' || c == '〔') {
                c = '[';
            } else if (c == '】' || c == '〕') {
                c = ']';
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** The header without a trailing bracketed part ("户数（户）" → "户数"), or null if none. */
    public static String withoutUnit(String header) {
        Matcher m = TRAILING_BRACKET.matcher(normalise(header));
        return m.matches() ? m.group(1) : null;
    }
}
