package org.shequ.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import org.shequ.core.Vocabulary;

/**
 * A title set as a secretary sets it (GB/T 9704 7.3.1: 回行时，要做到词意完整，排列对称，长短适宜):
 * on as few lines as hold it, the lines of nearly equal width, no line of one or two characters,
 * each break where a phrase ends when one is near — after 关于 or 印发, after a place or a year,
 * around 的, before a header's 达标率 or 面积 — and never inside a number or round brackets, before a
 * closing mark or after an opening one. Widths are
 * in ems: a Chinese character is one, a digit or Latin letter {@link TableWidths#NARROW}.
 */
final class TitleLines {
    /** A line may end after these (关于|, 印发|, 扶风县|, 2023年|, …的|). */
    private static final String AFTER = Vocabulary.word("TitleLines.AFTER");
    /** … or before these (|的通知, |的汇报, |工作…, |情况…) … */
    private static final String BEFORE = Vocabulary.word("TitleLines.BEFORE");
    /** … or before these words of a table's headers (每百户面积 / 达标率). */
    private static final List<String> BEFORE_WORDS = Vocabulary.words("TitleLines.BEFORE_WORDS");
    /** Brackets a line never breaks inside: （平方米）, 〔2024〕 (a book title's 《》 may hold a whole title, and does break). */
    private static final String INSEPARABLE_OPEN = Vocabulary.word("TitleLines.INSEPARABLE_OPEN");
    /** closing brackets of Chinese and Latin text a title line never breaks inside */
    private static final String INSEPARABLE_CLOSE = Vocabulary.word("TitleLines.INSEPARABLE_CLOSE");
    /** closing marks of Chinese and Latin text a line never begins with */
    private static final String CLOSING = Vocabulary.word("TitleLines.CLOSING");
    /** opening marks of Chinese and Latin text a line never ends with */
    private static final String OPENING = Vocabulary.word("TitleLines.OPENING");
    /** What a break elsewhere costs, in squared ems of imbalance: a phrase end wins unless it leaves the lines two ems more unequal. */
    private static final double ELSEWHERE = 4;
    private static final int SHORTEST = 3;

    private TitleLines() {
    }

    /** The title's lines, each at most {@code lineEms} wide when that can be; the title whole when it fits. */
    static List<String> of(String title, double lineEms) {
        double total = ems(title);
        if (total <= lineEms || title.length() < 2 * SHORTEST) {
            return List.of(title);
        }
        for (int lines = (int) Math.ceil(total / lineEms); lines <= title.length() / SHORTEST; lines++) {
            List<String> set = balanced(title, lines, lineEms, total / lines);
            if (set != null) {
                return set;
            }
        }
        return List.of(title);
    }

    /** The best split into exactly {@code lines} lines (least squared distance from the mean width, plus break costs), or null. */
    private static List<String> balanced(String title, int lines, double lineEms, double mean) {
        int n = title.length();
        double[][] cost = new double[lines + 1][n + 1];
        int[][] from = new int[lines + 1][n + 1];
        for (double[] row : cost) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int l = 1; l <= lines; l++) {
            for (int end = l * SHORTEST; end <= n; end++) {
                if (end < n && !breakable(title, end)) {
                    continue;
                }
                for (int start = (l - 1) * SHORTEST; start <= end - SHORTEST; start++) {
                    if (cost[l - 1][start] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double w = ems(title.substring(start, end));
                    if (w > lineEms) {
                        continue;
                    }
                    double c = cost[l - 1][start] + (w - mean) * (w - mean) + (end < n && !phraseEnd(title, end) ? ELSEWHERE : 0);
                    if (c <= cost[l][end]) { // on a tie the later break: the upper line the longer, as titles are set
                        cost[l][end] = c;
                        from[l][end] = start;
                    }
                }
            }
        }
        if (cost[lines][n] == Double.POSITIVE_INFINITY) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int l = lines, end = n; l > 0; l--) {
            int start = from[l][end];
            out.add(0, title.substring(start, end));
            end = start;
        }
        return out;
    }

    /** Whether a line may end before the character at {@code i}: not inside a number, nor inside brackets (（平方米）, 〔2024〕). */
    private static boolean breakable(String s, int i) {
        char before = s.charAt(i - 1);
        char after = s.charAt(i);
        if (Character.isLowSurrogate(after)) {
            return false; // the two halves of one character (a rare place name's)
        }
        boolean narrowRun = !wide(before) && !wide(after) && !Character.isWhitespace(before) && !Character.isWhitespace(after);
        int depth = 0;
        for (int k = 0; k < i; k++) {
            depth += INSEPARABLE_OPEN.indexOf(s.charAt(k)) >= 0 ? 1 : INSEPARABLE_CLOSE.indexOf(s.charAt(k)) >= 0 ? -1 : 0;
        }
        return !narrowRun && depth <= 0 && CLOSING.indexOf(after) < 0 && OPENING.indexOf(before) < 0;
    }

    private static boolean phraseEnd(String s, int i) {
        return AFTER.indexOf(s.charAt(i - 1)) >= 0 || BEFORE.indexOf(s.charAt(i)) >= 0 || BEFORE_WORDS.stream().anyMatch(w -> s.startsWith(w, i));
    }

    static double ems(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLowSurrogate(s.charAt(i))) {
                w += wide(s.charAt(i)) ? 1 : TableWidths.NARROW;
            }
        }
        return w;
    }

    private static boolean wide(char c) {
        return c >= 0x2E80;
    }
}
