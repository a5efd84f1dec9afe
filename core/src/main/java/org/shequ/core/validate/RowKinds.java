package org.shequ.core.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.shequ.core.io.RawRow;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.FieldType;
import org.shequ.core.schema.HeaderNames;
import org.shequ.core.schema.Layout;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.Vocabulary;

/**
 * Tells the rows below a header apart (see {@link RowKind}) by the dictionary's layout words. A
 * row whose code column holds a 12-digit code is always a unit: a row that names a unit is never
 * skipped, whatever else it holds.
 */
final class RowKinds {
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]*)?%?|[-+]?\\.[0-9]+%?");
    private static final Pattern CODE = Pattern.compile("'?[0-9]{12}");
    /** a numbered row as clerks write it: 一、…, 2．… */
    private static final Pattern ENUMERATED = Pattern.compile(Vocabulary.word("RowKinds.ENUMERATED"));
    /** the endings of a township's name: 街道, 镇, 乡, 苏木, 办事处 */
    private static final Pattern PLACE = Pattern.compile(Vocabulary.word("RowKinds.PLACE"));
    /** the heavenly stems clerks number rows with: 甲, 乙, 丙 … */
    private static final Set<String> STEMS = Set.copyOf(Vocabulary.words("RowKinds.STEMS"));

    private final Layout layout;
    private final Binding binding;
    private final List<String> titles;
    private final int codeColumn;

    /** The jurisdiction's divisions above village level by name (城关街道 → 610324001), for rows that name one without a code. */
    private final Map<String, String> divisionsByName;
    private final int nameColumn;

    RowKinds(Layout layout, Binding binding, List<String> titles) {
        this(layout, binding, titles, null);
    }

    /** {@code jurisdiction}: its townships and counties named in a row without a code are that division's rows. */
    RowKinds(Layout layout, Binding binding, List<String> titles, String jurisdiction) {
        this.layout = layout;
        this.binding = binding;
        this.divisionsByName = divisions(jurisdiction);
        Field name = binding.kind().nameFieldOrNull();
        int n = -1;
        for (Column c : binding.columns()) {
            if (c.status() == Column.Status.FIELD && c.field() == name) {
                n = c.index();
            }
        }
        this.nameColumn = n;
        this.titles = titles.stream().map(HeaderNames::normalise).toList();
        Field unit = binding.kind().unitFieldOrNull();
        int code = -1;
        for (Column c : binding.columns()) {
            if (c.status() == Column.Status.FIELD && c.field() == unit && unit.type() == FieldType.CODE) {
                code = c.index();
            }
        }
        this.codeColumn = code;
    }

    /** Whether a cell's text is a number (digits, grouping commas, a decimal point, a percent sign). */
    static boolean numeric(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        boolean ascii = true;
        for (int i = 0; i < t.length() && ascii; i++) {
            ascii = t.charAt(i) < 0x80;
        }
        if (!ascii) {
            t = Normalizer.normalize(t, Normalizer.Form.NFKC);
        }
        return NUMBER.matcher(t).matches();
    }

    RowKind classify(RawRow row) {
        if (division(row) != null) {
            return RowKind.TOTAL;
        }
        if (codeColumn >= 0) {
            String code = row.cell(codeColumn);
            if (code != null && CODE.matcher(code.strip()).matches()) {
                return RowKind.UNIT;
            }
        }
        List<String> words = new ArrayList<>();
        List<Integer> wordColumns = new ArrayList<>();
        int filled = 0;
        boolean data = false;
        for (int c = 0; c < row.cells().length; c++) {
            String t = row.cell(c);
            if (t == null || t.isBlank()) {
                continue;
            }
            filled++;
            data |= binding.data(c);
            if (!numeric(t)) {
                words.add(t.strip());
                wordColumns.add(c);
            }
        }
        if (filled == 0) {
            return RowKind.BLANK;
        }
        RowKind said = byWords(words, wordColumns, filled);
        if (said != null) {
            return said;
        }
        if (columnNumbers(row)) {
            return RowKind.COLUMN_NUMBERS;
        }
        if (!data) {
            return RowKind.NO_DATA;
        }
        return RowKind.UNIT;
    }

    /**
     * What a row's words say it is (a total, a breakdown, a note, a signature, a repeated header, a
     * title or a section), or null: {@code words} are its non-numeric cells, in {@code wordColumns}.
     */
    private RowKind byWords(List<String> words, List<Integer> wordColumns, int filled) {
        for (int i = 0; i < Math.min(3, words.size()); i++) {
            if (layout.total(words.get(i)) != null) {
                return RowKind.TOTAL;
            }
        }
        if (!words.isEmpty()) {
            String first = words.get(0);
            if (layout.breakdown(first)) {
                return RowKind.BREAKDOWN;
            }
            if (layout.note(first)) {
                return RowKind.NOTE;
            }
        }
        for (String w : words) {
            if (layout.signature(w)) {
                return RowKind.SIGNATURE;
            }
        }
        if (words.size() >= 2 && Binding.score(binding.kind(), HeaderCell.row(words)) * 2 >= words.size()) {
            return RowKind.HEADER;
        }
        if (filled == 1 && words.size() == 1) {
            String w = words.get(0);
            if (titles.contains(HeaderNames.normalise(w)) || layout.title(w)) {
                return RowKind.TITLE;
            }
            if (wordColumns.get(0) != codeColumn && (ENUMERATED.matcher(w).matches() || PLACE.matcher(w).matches())) {
                return RowKind.SECTION;
            }
        }
        return null;
    }

    private static final Pattern SHORT_CODE = Pattern.compile("'?([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9})");

    /**
     * The division a row's code names when it is a registered division above a village-level unit
     * (a county or township row of a statistics-system export): written padded to 12 digits
     * (610324000000, 610324101000) or short (610324, 610324101). Such a row is a total of that
     * division, never a unit. Null for any other row.
     */
    String division(RawRow row) {
        String cell = codeColumn < 0 ? null : row.cell(codeColumn);
        if (cell == null || cell.isBlank()) {
            // a summary's row names its township (城关街道) and has no code
            String name = nameColumn < 0 ? null : row.cell(nameColumn);
            return name == null ? null : divisionsByName.get(name.strip());
        }
        String code = cell.strip();
        if (code.startsWith("'")) {
            code = code.substring(1);
        }
        if (code.length() == 12 && code.endsWith("000") && CODE.matcher(code).matches() && !REGISTRY.contains(code)) {
            // (a registered unit is a unit whatever its number: 350527000000 金门县 stands for its county at village level)
            // the division whose code, padded with zeros, this is: the shortest registered prefix followed only by zeros
            for (int digits : new int[] {2, 4, 6, 9}) {
                String prefix = code.substring(0, digits);
                if (code.substring(digits).chars().allMatch(c -> c == '0') && REGISTRY.contains(prefix)) {
                    return prefix;
                }
            }
            return null;
        }
        if (code.length() < 12 && SHORT_CODE.matcher(code).matches() && REGISTRY.contains(code)) {
            return code;
        }
        return null;
    }

    private static final DivisionRegistry REGISTRY = DivisionRegistry.bundled();

    /** The divisions below a jurisdiction down to townships, and itself, by registered name (a county or city only). */
    private static Map<String, String> divisions(String jurisdiction) {
        Map<String, String> out = new HashMap<>();
        if (jurisdiction == null || jurisdiction.length() < 4 || jurisdiction.length() > 6) {
            return out;
        }
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(jurisdiction));
        while (!todo.isEmpty()) {
            String code = todo.pop();
            REGISTRY.find(code).ifPresent(d -> out.putIfAbsent(d.name(), d.code()));
            if (code.length() < 9) {
                REGISTRY.children(code).forEach(d -> todo.push(d.code()));
            }
        }
        return out;
    }

    /** The total a row names (its first words), or null. */
    Layout.Total total(RawRow row) {
        int seen = 0;
        for (String t : row.cells()) {
            if (t == null || t.isBlank() || numeric(t)) {
                continue;
            }
            Layout.Total total = layout.total(t);
            if (total != null) {
                return total;
            }
            if (++seen == 3) {
                break;
            }
        }
        return null;
    }

    /** The text of a row's total cell (小计, 全县合计), for messages. */
    String totalLabel(RawRow row) {
        for (String t : row.cells()) {
            if (t != null && !t.isBlank() && !numeric(t) && layout.total(t) != null) {
                return t.strip();
            }
        }
        return "";
    }

    /** 甲 乙 丙 1 2 3 …: every cell a stem or the next of a run of whole numbers from 1, at least three. */
    private static boolean columnNumbers(RawRow row) {
        int next = 1;
        int cells = 0;
        for (String t : row.cells()) {
            if (t == null || t.isBlank()) {
                continue;
            }
            String s = t.strip();
            cells++;
            if (STEMS.contains(s)) {
                continue;
            }
            if (!s.equals(Integer.toString(next))) {
                return false;
            }
            next++;
        }
        return cells >= 3 && next > 2;
    }
}
