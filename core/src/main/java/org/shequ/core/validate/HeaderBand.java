package org.shequ.core.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.shequ.core.io.RawRow;
import org.shequ.core.io.Span;
import org.shequ.core.schema.HeaderNames;
import org.shequ.core.schema.Kind;
import org.shequ.core.schema.Layout;
import java.util.Collections;

/**
 * Finds a table's header among its first rows: one row, or a band of two or three rows in which
 * a parent cell spans its children (综合服务设施面积 over 总面积, 其中：办公用房, 室外活动场地).
 *
 * <p>Each column's names are, most specific first: parent + child (so 户数 under 低保 is
 * 低保户数, not the units' 户数), the child alone (其中：办公用房 also without 其中：), and the parent
 * alone (总面积 under 综合服务设施面积 is the facility area; never for a 其中 child, which is a
 * part, not the whole). Spans come from the sheet's merged ranges where known; otherwise, as in a
 * CSV saved from such a sheet, an empty cell takes the text to its left in the same row when
 * both columns have text below (a parent's span), and an empty cell below a header takes the text
 * above it (a header merged down).
 *
 * <p>The band chosen names the most fields; on a tie, the one followed by a data row (a header row
 * left out would otherwise be read as a unit), then the shorter, then the earlier. Rows holding a
 * number never belong to a band of more than one row.
 */
final class HeaderBand {
    static final int MAX_ROWS = 3;

    /** A header found: where it starts among the rows, how many rows, its kind and its columns. */
    record Found(int start, int height, Kind kind, List<HeaderCell> cells, int score) {
    }

    private HeaderBand() {
    }

    /**
     * The best header among {@code rows}; {@code kindOf} tells which kind a candidate's columns
     * name (forced or guessed). {@code single} allows only one-row headers at the first row (YAML).
     */
    static Optional<Found> find(List<RawRow> rows, List<Span> spans, Layout layout, boolean single,
                                Function<List<HeaderCell>, Optional<Kind>> kindOf) {
        Found best = null;
        boolean bestFollowed = false;
        int starts = single ? 1 : rows.size();
        for (int i = 0; i < starts; i++) {
            for (int h = 1; h <= (single ? 1 : MAX_ROWS) && i + h <= rows.size(); h++) {
                List<RawRow> band = rows.subList(i, i + h);
                if (h > 1 && !(consecutive(band) && band.stream().allMatch(HeaderBand::textOnly))) {
                    break;
                }
                List<HeaderCell> cells = compose(band, spans, layout);
                Optional<Kind> kind = kindOf.apply(cells);
                if (kind.isEmpty()) {
                    continue;
                }
                int score = Binding.score(kind.get(), cells);
                boolean followed = i + h >= rows.size() || !textOnly(rows.get(i + h));
                boolean better = best == null || score > best.score()
                        || score == best.score() && (followed && !bestFollowed || followed == bestFollowed && h < best.height());
                if (score >= 2 && better) {
                    best = new Found(i, h, kind.get(), cells, score);
                    bestFollowed = followed;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The columns of a band: each column's shown text and its candidate names. */
    static List<HeaderCell> compose(List<RawRow> band, List<Span> spans, Layout layout) {
        int h = band.size();
        int width = 0;
        for (RawRow r : band) {
            width = Math.max(width, r.cells().length);
        }
        String[][] grid = new String[h][width];
        for (int k = 0; k < h; k++) {
            for (int c = 0; c < width; c++) {
                String t = band.get(k).cell(c);
                grid[k][c] = t == null ? "" : t.strip();
            }
        }
        String[][] filled = new String[h][width];
        for (int k = 0; k < h; k++) {
            for (int c = 0; c < width; c++) {
                filled[k][c] = fill(band, grid, spans, k, c);
            }
        }
        List<HeaderCell> cells = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            List<String> stack = new ArrayList<>();
            for (int k = 0; k < h; k++) {
                String t = filled[k][c];
                if (!t.isEmpty() && (stack.isEmpty() || !stack.get(stack.size() - 1).equals(t))) {
                    stack.add(t);
                }
            }
            cells.add(cell(stack, layout));
        }
        return cells;
    }

    private static HeaderCell cell(List<String> stack, Layout layout) {
        if (stack.isEmpty()) {
            return HeaderCell.of("");
        }
        String child = stack.get(stack.size() - 1);
        List<String> parents = new ArrayList<>(stack.subList(0, stack.size() - 1));
        Collections.reverse(parents); // nearest first
        String part = layout == null ? null : layout.withoutBreakdown(child);
        List<String> names = new ArrayList<>();
        for (String p : parents) {
            names.add(bare(p) + child);
            if (part != null) {
                names.add(bare(p) + part);
            }
        }
        if (parents.size() > 1) {
            names.add(bare(parents.get(1)) + bare(parents.get(0)) + child);
        }
        names.add(child);
        if (part != null) {
            names.add(part);
        } else {
            names.addAll(parents);
        }
        return new HeaderCell(String.join("/", stack), names);
    }

    /** A header text without its unit in brackets, to join with a child's. */
    private static String bare(String text) {
        String b = HeaderNames.withoutUnit(text);
        return b == null ? text : b;
    }

    /** The text a band cell stands for: its own, its merged range's, or its parent's span. */
    private static String fill(List<RawRow> band, String[][] grid, List<Span> spans, int k, int c) {
        int line = band.get(k).line();
        for (Span s : spans) {
            if (s.covers(line, c)) {
                int top = indexOfLine(band, s.firstLine());
                if (top < 0) {
                    return grid[k][c]; // a range reaching in from above the band (a title)
                }
                return s.firstColumn() < grid[top].length ? grid[top][s.firstColumn()] : "";
            }
        }
        if (!grid[k][c].isEmpty() || k == grid.length - 1) {
            return grid[k][c];
        }
        // no merge known: an empty cell under a parent's span, when both it and the parent have children
        if (!below(grid, k, c)) {
            return "";
        }
        for (int p = c - 1; p >= 0; p--) {
            if (covered(spans, line, p)) {
                return "";
            }
            if (!below(grid, k, p)) {
                return "";
            }
            if (!grid[k][p].isEmpty()) {
                return grid[k][p];
            }
        }
        return "";
    }

    private static boolean covered(List<Span> spans, int line, int column) {
        for (Span s : spans) {
            if (s.covers(line, column)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a row below {@code k} has text in column {@code c}. */
    private static boolean below(String[][] grid, int k, int c) {
        for (int j = k + 1; j < grid.length; j++) {
            if (!grid[j][c].isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfLine(List<RawRow> band, int line) {
        for (int i = 0; i < band.size(); i++) {
            if (band.get(i).line() == line) {
                return i;
            }
        }
        return -1;
    }

    private static boolean consecutive(List<RawRow> band) {
        for (int i = 1; i < band.size(); i++) {
            if (band.get(i).line() != band.get(i - 1).line() + 1) {
                return false;
            }
        }
        return true;
    }

    /** A row that could be part of a header: some text, and no cell that is a number. */
    static boolean textOnly(RawRow row) {
        boolean any = false;
        for (String c : row.cells()) {
            if (c == null || c.isBlank()) {
                continue;
            }
            if (RowKinds.numeric(c)) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
