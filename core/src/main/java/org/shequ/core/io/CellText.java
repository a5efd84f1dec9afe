package org.shequ.core.io;

/**
 * Text that a spreadsheet opens without running it: a cell starting with = + - @, a tab or a
 * line break gets a leading apostrophe (OWASP's advice against formula injection); control
 * characters are shown, never written raw ({@link Visible}).
 */
public final class CellText {
    private CellText() {
    }

    public static String safe(String text) {
        String s = Visible.text(text);
        if (s == null || s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n' ? "'" + s : s;
    }
}
