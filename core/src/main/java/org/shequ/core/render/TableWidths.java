package org.shequ.core.render;

import java.util.List;
import java.util.Arrays;
import org.shequ.core.Vocabulary;

/**
 * How a document table is set across the text width: no number is ever broken over two lines
 * (every column is at least as wide as its widest run of digits, letters and signs: "19317",
 * "95.8%"), nor a date, a number with its unit or a short header ("2024年10月31日", "5个",
 * "2023年实际": a cell with a digit up to {@link #QUANTITY} ems wide, a header up to {@link #SHORT}
 * characters, is one unbreakable piece), the Chinese text takes the rest and wraps between
 * characters, and a table whose
 * numbers do not fit at the first size is set in the next smaller one (小四, then 五号), as official
 * tables are, before anything would break. Widths are in twips (1/20 pt).
 */
final class TableWidths {
    /** A cell's left and right margins together (Word's default is 108 twips a side), with a little air. */
    static final int MARGINS = 260;
    /** A digit or Latin letter, as a share of the font size (Times New Roman's digits are half an em). */
    static final double NARROW = 0.55;
    /** A text of up to this many Chinese characters is kept on one line when the table has room. */
    static final int SHORT = 6;
    /** A cell holding a digit and at most this many ems (a date, a number with its unit) is never wrapped. */
    static final double QUANTITY = 12;
    /** a CJK character, used only to measure the width of one (any Chinese character would do) */
    private static final String WIDE = Vocabulary.word("TableWidths.WIDE");

    /** The size the table is set in (pt) and each column's width (twips). */
    record Layout(double size, int[] widths) {
    }

    private TableWidths() {
    }

    /**
     * The first size at which every date, quantity and short header fits whole; when none does,
     * the first size at which every number fits (dates and headers may then wrap); at worst the
     * smallest size, numbers whole. The columns never add up to more than {@code available} unless
     * the numbers alone are wider.
     */
    static Layout fit(List<List<String>> rows, int available, double... sizes) {
        for (boolean whole : new boolean[] {true, false}) {
            for (int s = 0; s < sizes.length; s++) {
                Layout l = fit(rows, available, sizes[s], whole);
                if (l != null || !whole && s == sizes.length - 1) {
                    return l != null ? l : force(rows, available, sizes[s]);
                }
            }
        }
        return new Layout(sizes[sizes.length - 1], new int[rows.isEmpty() ? 0 : rows.get(0).size()]);
    }

    /** The smallest size's layout when even its numbers do not fit: each column its numbers' width. */
    private static Layout force(List<List<String>> rows, int available, double size) {
        int cols = rows.isEmpty() ? 0 : rows.get(0).size();
        int[] min = new int[cols];
        for (List<String> row : rows) {
            for (int c = 0; c < cols && c < row.size(); c++) {
                min[c] = Math.max(min[c], unbreakable(row.get(c) == null ? "" : row.get(c), size) + MARGINS);
            }
        }
        return new Layout(size, min);
    }

    /** The layout at one size, or null when its minimums do not fit. */
    private static Layout fit(List<List<String>> rows, int available, double size, boolean whole) {
        int cols = rows.isEmpty() ? 0 : rows.get(0).size();
        int[] min = new int[cols];
        int[] pref = new int[cols];
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < cols && c < row.size(); c++) {
                String text = row.get(c) == null ? "" : row.get(c);
                boolean keep = whole && (r == 0 ? text.length() <= SHORT : quantity(text));
                min[c] = Math.max(min[c], (keep ? width(text, size) : unbreakable(text, size)) + MARGINS);
                pref[c] = Math.max(pref[c], width(text, size) + MARGINS);
            }
        }
        if (Arrays.stream(min).sum() > available) {
            return null;
        }
        // a short text (a township's name) is not wrapped either, when there is room for that
        int[] soft = min.clone();
        int shortText = width(WIDE.repeat(SHORT), size) + MARGINS;
        for (int c = 0; c < cols; c++) {
            if (pref[c] <= shortText) {
                soft[c] = pref[c];
            }
        }
        return new Layout(size, share(Arrays.stream(soft).sum() <= available ? soft : min, pref, available));
    }

    /** Every column its minimum, then the rest: to each as it needs more, up to its preferred width, then evenly by need. */
    private static int[] share(int[] min, int[] pref, int available) {
        int cols = min.length;
        int[] w = new int[cols];
        int sumPref = Arrays.stream(pref).sum();
        int sumMin = Arrays.stream(min).sum();
        if (sumPref <= available) {
            int spare = available - sumPref;
            for (int c = 0; c < cols; c++) {
                w[c] = pref[c] + (int) ((long) spare * pref[c] / Math.max(1, sumPref));
            }
            return w;
        }
        int spare = Math.max(0, available - sumMin);
        long need = (long) sumPref - sumMin;
        for (int c = 0; c < cols; c++) {
            w[c] = min[c] + (int) (need == 0 ? 0 : (long) spare * (pref[c] - min[c]) / need);
        }
        return w;
    }

    /**
     * The width a text sets in one line: a Chinese character a full em, others {@link #NARROW}, and
     * a quarter em at each change between Chinese and Latin letters or digits, the space Word and
     * LibreOffice add there (the cells ask for none, but LibreOffice adds it all the same).
     */
    static int width(String text, double size) {
        double em = size * 20;
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += wide(c) ? em : em * NARROW;
            if (i > 0 && wide(c) != wide(text.charAt(i - 1)) && !Character.isWhitespace(c) && !Character.isWhitespace(text.charAt(i - 1))) {
                w += em / 4;
            }
        }
        return (int) Math.ceil(w);
    }

    /**
     * The widest part that may not break: a run of digits, letters and signs (a number with its
     * decimal point and percent sign); Chinese text breaks between any two characters, so two of
     * them are its least width.
     */
    static int unbreakable(String text, double size) {
        int best = text.isEmpty() ? 0 : width(WIDE.repeat(2), size);
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean narrow = i < text.length() && !wide(text.charAt(i)) && !Character.isWhitespace(text.charAt(i));
            if (narrow) {
                run++;
            } else if (run > 0) {
                best = Math.max(best, width(text.substring(i - run, i), size));
                run = 0;
            }
        }
        return best;
    }

    /** A date or a number with its unit: a digit in a text of at most {@link #QUANTITY} ems. */
    static boolean quantity(String text) {
        return text.chars().anyMatch(Character::isDigit) && TitleLines.ems(text) <= QUANTITY;
    }

    private static boolean wide(char c) {
        return c >= 0x2E80;
    }
}
