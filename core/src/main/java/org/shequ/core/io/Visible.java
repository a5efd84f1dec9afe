package org.shequ.core.io;

/**
 * Control characters (NUL and the other C0 controls but tab and line breaks, and DEL) shown as
 * their Unicode pictures (␀, ␛ …): no output ever carries one raw, as U+FFFD or as "?". Cells that
 * hold one are DATA-TYPE findings; this is how the finding and every output print them.
 */
public final class Visible {
    private Visible() {
    }

    /** Whether the text holds a control character other than tab, CR or LF. */
    public static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (control(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static String text(String s) {
        if (s == null || !hasControl(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(!control(c) ? c : c == 0x7F ? '\u2421' : (char) (0x2400 + c));
        }
        return b.toString();
    }

    /**
     * The text for one line of an output (text, GitHub, JUnit): every control character shown as its
     * picture, line breaks too (␤ for LF, U+2028, U+2029, NEL; ␍ for CR), so that no file name or value
     * can start a line of its own and pass for another finding.
     */
    public static String line(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char shown = c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085' ? '\u2424'
                    : c == '\r' ? '\u240D' : c == '\t' ? c : control(c) ? (c == 0x7F ? '\u2421' : (char) (0x2400 + c)) : c;
            if (shown != c && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(shown);
            }
        }
        return b == null ? s : b.toString();
    }

    private static boolean control(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }
}
