package org.shequ.core.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each number of a document comes from. The helpers that print a number ({@code fig},
 * {@code val}, {@code count}, {@code param}, {@code year} …) register its source here and wrap
 * it in invisible markers; once the template has run, {@link #extract} takes the markers out and
 * gives each figure's line and column in the Markdown. The sources are written beside the
 * document ({@code NAME.sources.json}) and shown as a tooltip on each number of its HTML.
 */
public final class Figures {
    /** Opens a figure; its number follows, then {@link #TEXT}, the text, and {@link #END}. */
    static final char START = '\uE000';
    static final char TEXT = '\uE001';
    static final char END = '\uE002';

    private final List<Map<String, Object>> sources = new ArrayList<>();

    /** {@code text} marked as a figure with its source. */
    String mark(Map<String, Object> source, String text) {
        sources.add(source);
        return START + Integer.toString(sources.size() - 1) + TEXT + text + END;
    }

    /** Whether a character is one of the markers (a value that holds one is refused by the Markdown escaping). */
    static boolean marker(char c) {
        return c == START || c == TEXT || c == END;
    }

    /** One figure as it stands in the Markdown: 1-based line and column, its text, and its source. */
    public record Placed(int line, int column, String text, Map<String, Object> source) {

        /** The figure as {@code NAME.sources.json} lists it: where, what is printed, and where it comes from. */
        public Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", line);
            m.put("column", column);
            m.put("text", text);
            m.putAll(source);
            return m;
        }
    }

    /** The Markdown without markers, and its figures in the order they stand. */
    public record Rendered(String markdown, List<Placed> figures) {
    }

    /**
     * Takes the markers out of a rendered template: the Markdown as a reader sees it and where
     * each figure stands in it. A marker that is not part of a whole figure is dropped.
     */
    Rendered extract(String marked) {
        StringBuilder out = new StringBuilder(marked.length());
        List<Placed> placed = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < marked.length()) {
            char c = marked.charAt(i);
            if (c == START) {
                int text = marked.indexOf(TEXT, i);
                int end = text < 0 ? -1 : marked.indexOf(END, text);
                Integer id = text < 0 ? null : id(marked.substring(i + 1, text));
                if (id != null && end > 0 && id < sources.size() && marked.substring(text + 1, end).chars().noneMatch(ch -> ch == START)) {
                    String shown = marked.substring(text + 1, end);
                    placed.add(new Placed(line, out.length() - lineStart + 1, shown, sources.get(id)));
                    out.append(shown);
                    i = end + 1;
                    continue;
                }
                i++;
                continue;
            }
            if (marker(c)) {
                i++;
                continue;
            }
            out.append(c);
            if (c == '\n') {
                line++;
                lineStart = out.length();
            }
            i++;
        }
        return new Rendered(out.toString(), List.copyOf(placed));
    }

    private static Integer id(String digits) {
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(digits);
    }
}
