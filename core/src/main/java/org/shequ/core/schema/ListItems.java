package org.shequ.core.schema;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;
import org.shequ.core.Vocabulary;

/**
 * The items of a list cell (民政、人社、计生): where each item stands in the cell's text is found
 * when the cell is parsed, the item strings are cut only when first read (most lists of a large
 * file are only counted, or not read at all). Immutable; equal to any list of the same items.
 */
final class ListItems extends AbstractList<String> implements RandomAccess {
    /** the enumeration comma clerks separate a list's items with: 、 */
    private static final char ENUMERATION_COMMA = Vocabulary.word("ListItems.ENUMERATION_COMMA").charAt(0);
    /** the full-width comma clerks separate a list's items with: ， */
    private static final char FULL_WIDTH_COMMA = Vocabulary.word("ListItems.FULL_WIDTH_COMMA").charAt(0);
    /** the full-width semicolon clerks separate a list's items with: ； */
    private static final char FULL_WIDTH_SEMICOLON = Vocabulary.word("ListItems.FULL_WIDTH_SEMICOLON").charAt(0);
    private final String text;
    /** Start and end of each item, white space stripped; empty items are left out. */
    private final int[] bounds;
    private String[] items;

    private ListItems(String text, int[] bounds) {
        this.text = text;
        this.bounds = bounds;
    }

    /** Whether {@code c} separates the items of a list cell: 、，,;； */
    static boolean separator(char c) {
        return c == ',' || c == ';' || c == ENUMERATION_COMMA || c == FULL_WIDTH_COMMA || c == FULL_WIDTH_SEMICOLON;
    }

    /** Splits {@code text} at each {@link #separator}. */
    static ListItems of(String text) {
        int[] b = new int[8];
        int n = 0;
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || separator(text.charAt(i))) {
                int start = from;
                int end = i;
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (start < end) {
                    if (n + 2 > b.length) {
                        b = Arrays.copyOf(b, b.length * 2);
                    }
                    b[n++] = start;
                    b[n++] = end;
                }
                from = i + 1;
            }
        }
        return new ListItems(text, Arrays.copyOf(b, n));
    }

    @Override
    public String get(int index) {
        if (items == null) {
            String[] cut = new String[bounds.length / 2];
            for (int i = 0; i < cut.length; i++) {
                cut[i] = text.substring(bounds[2 * i], bounds[2 * i + 1]);
            }
            items = cut;
        }
        return items[index];
    }

    @Override
    public int size() {
        return bounds.length / 2;
    }
}
