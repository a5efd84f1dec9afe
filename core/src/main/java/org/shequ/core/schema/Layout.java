package org.shequ.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.io.Serializable;
import org.shequ.core.Vocabulary;

/**
 * The words by which rows and columns of a filled-in sheet are recognised as layout rather than
 * data (the dictionary's {@code layout:}): subtotal and total rows with the units they cover,
 * breakdown rows (其中：…), notes, signature rows, titles, and bookkeeping columns such as 序号.
 * Texts are compared as {@link HeaderNames#normalise} leaves them (no spaces, half-width).
 */
public final class Layout {
    /** the full-width colon clerks write after a word: 其中： */
    private static final String FULL_WIDTH_COLON = Vocabulary.word("Layout.FULL_WIDTH_COLON");
    /** the full-width marks clerks write after a note's word: 注：, 注、 */
    private static final String FULL_WIDTH_WORD_ENDS = Vocabulary.word("Layout.FULL_WIDTH_WORD_ENDS");

    /** Which units a total row covers: since the last total in its sheet, its sheet, or the whole file. */
    public enum Scope {
        BLOCK, SHEET, FILE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A kind of total row: its pattern and the scopes it may cover, the first one preferred. */
    public record Total(Pattern pattern, List<Scope> scopes) {
    }

    private final List<Total> totals;
    private final List<String> breakdowns;
    private final List<String> notes;
    private final List<String> signatures;
    private final List<String> titles;
    private final List<String> columns;

    private Layout(Doc doc) {
        List<Total> t = new ArrayList<>();
        for (TotalDoc d : doc.totals) {
            t.add(new Total(Pattern.compile(d.pattern), d.scopes.stream().map(s -> Scope.valueOf(s.toUpperCase(Locale.ROOT))).toList()));
        }
        this.totals = List.copyOf(t);
        this.breakdowns = normalised(doc.breakdowns);
        this.notes = normalised(doc.notes);
        this.signatures = normalised(doc.signatures);
        this.titles = normalised(doc.titles);
        this.columns = normalised(doc.columns);
    }

    static Layout of(Doc doc) {
        return new Layout(doc == null ? new Doc() : doc);
    }

    private static List<String> normalised(List<String> words) {
        return words.stream().map(HeaderNames::normalise).toList();
    }

    /** The kind of total a cell's text names (小计, 合计, 全县合计, 总计), or null. */
    public Total total(String text) {
        String t = HeaderNames.normalise(text);
        if (t.isEmpty() || t.length() > 20) {
            return null;
        }
        for (Total total : totals) {
            if (total.pattern().matcher(t).matches()) {
                return total;
            }
        }
        return null;
    }

    /** 其中：城市社区 — a breakdown of the row above, not a unit. */
    public boolean breakdown(String text) {
        return startsWithWord(text, breakdowns, false);
    }

    /** A header or cell text without a leading 其中： ("其中：办公用房" → "办公用房"), or null when it has none. */
    public String withoutBreakdown(String text) {
        String t = HeaderNames.normalise(text);
        for (String w : breakdowns) {
            if (t.startsWith(w) && t.length() > w.length()) {
                String rest = t.substring(w.length());
                if (rest.startsWith(":") || rest.startsWith(FULL_WIDTH_COLON)) {
                    rest = rest.substring(1);
                }
                return rest.isEmpty() ? null : rest;
            }
        }
        return null;
    }

    /** 注：… 说明：… — a note under the table. */
    public boolean note(String text) {
        return startsWithWord(text, notes, true);
    }

    /** 填表人：… 审核人 联系电话 — a signature line, often split over several cells. */
    public boolean signature(String text) {
        return startsWithWord(text, signatures, false);
    }

    /** A title such as 扶风县2023年城乡社区基本情况统计表. */
    public boolean title(String text) {
        String t = HeaderNames.normalise(text);
        return titles.stream().anyMatch(t::endsWith);
    }

    /** A bookkeeping column (序号) that holds no data: neither a field nor an unknown column. */
    public boolean column(String header) {
        String t = HeaderNames.normalise(header);
        return !t.isEmpty() && columns.contains(t);
    }

    /**
     * Whether the text starts with one of the words; with {@code punctuated}, only when the word
     * is followed by a colon or the text ends there (注：, not 注册).
     */
    private static boolean startsWithWord(String text, List<String> words, boolean punctuated) {
        String t = HeaderNames.normalise(text);
        for (String w : words) {
            if (t.startsWith(w)) {
                if (!punctuated || t.length() == w.length()) {
                    return true;
                }
                char next = t.charAt(w.length());
                if (next == ':' || FULL_WIDTH_WORD_ENDS.indexOf(next) >= 0 || Character.isDigit(next)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code layout:} as written in the dictionary. */
    static final class Doc implements Serializable {
        private static final long serialVersionUID = 1L;
        public List<TotalDoc> totals = List.of();
        public List<String> breakdowns = List.of();
        public List<String> notes = List.of();
        public List<String> signatures = List.of();
        public List<String> titles = List.of();
        @JsonProperty("columns") public List<String> columns = List.of();
    }

    static final class TotalDoc implements Serializable {
        private static final long serialVersionUID = 1L;
        public String pattern;
        public List<String> scopes = List.of();
    }
}
