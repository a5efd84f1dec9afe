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

    private static boolean control(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }
}
