package org.shequ.core.output;

import java.util.List;
import java.util.Arrays;

/**
 * Aligns a table of text for a terminal, counting East Asian wide characters (Chinese) as two
 * columns so that Chinese headers line up.
 */
public final class Columns {
    private Columns() {
    }

    public static String align(List<String[]> rows) {
        int[] width = new int[0];
        for (String[] r : rows) {
            width = widen(width, r);
        }
        StringBuilder s = new StringBuilder();
        for (String[] r : rows) {
            s.append(line(r, width)).append('\n');
        }
        return s.toString();
    }

    /** The column widths grown to fit {@code row} (a new array when the row has more columns). */
    public static int[] widen(int[] width, String[] row) {
        int[] w = row.length > width.length ? Arrays.copyOf(width, row.length) : width;
        for (int i = 0; i < row.length; i++) {
            w[i] = Math.max(w[i], width(row[i]));
        }
        return w;
    }

    /** One row padded to the widths, two spaces between columns, no trailing blanks. */
    public static String line(String[] row, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            line.append(row[i]);
            if (i < row.length - 1) {
                line.append(" ".repeat(width[i] - width(row[i]) + 2));
            }
        }
        return line.toString().stripTrailing();
    }

    /** Display width: 2 for wide and full-width characters, 1 otherwise. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
