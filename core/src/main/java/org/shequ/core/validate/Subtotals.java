package org.shequ.core.validate;

import org.shequ.core.Numbers;
import java.util.ArrayList;
import java.util.List;
import org.shequ.core.io.Location;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.FieldType;
import org.shequ.core.schema.Invalid;
import org.shequ.core.schema.Kind;
import org.shequ.core.schema.Layout;
import org.shequ.core.schema.ValueParser;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.schema.Units;

/**
 * AGG-TOTAL for the total rows inside a sheet (小计, 合计, 全县合计): each number a clerk wrote in
 * a total row is compared with the sum of the rows it covers, as the clerk's own SUM would add
 * them (an empty cell counts 0; a cell that is not a number, or a number out of the field's range,
 * makes that field's sum unknown, and the field is not judged; so is a field no unit wrote a number in). Which rows a total covers is its {@link Layout.Scope}: the rows since
 * the previous total of the sheet (小计), the sheet (合计, or the whole file when that is what it
 * matches), the file (总计, 全县合计). A total above its rows covers the rows below it, up to the
 * end of its scope. One instance per file.
 */
final class Subtotals {
    static final String ID = "AGG-TOTAL";
    /** Differences smaller than this are rounding, not a wrong total. */
    private static final double TOLERANCE = 0.005;

    private final Kind kind;
    private final List<Field> numeric;
    private final Scope block;
    private final Scope sheet;
    private final Scope file;
    private final List<Finding> found = new ArrayList<>();

    /** A total row as written: where, its label, and its numbers by field. */
    record TotalRow(Location at, String label, Layout.Total total, double[] values) {
    }

    /** One unit's numbers and which of them are invalid, refilled for each unit. */
    private final double[] values;
    private final boolean[] invalid;
    private final boolean[] filled;

    Subtotals(Kind kind) {
        this.kind = kind;
        this.numeric = kind.fields().stream()
                .filter(f -> f.type() == FieldType.INTEGER || f.type() == FieldType.DECIMAL).toList();
        this.values = new double[numeric.size()];
        this.invalid = new boolean[numeric.size()];
        this.filled = new boolean[numeric.size()];
        this.block = new Scope(Layout.Scope.BLOCK);
        this.sheet = new Scope(Layout.Scope.SHEET);
        this.file = new Scope(Layout.Scope.FILE);
    }

    Kind kind() {
        return kind;
    }

    /** A unit row, added to every scope, and to its township's sums (for the rows of divisions). */
    void unit(Record r) {
        // the unit's numbers read once, then added to every scope
        for (int i = 0; i < values.length; i++) {
            Object v = r.value(numeric.get(i));
            values[i] = v instanceof Number n ? n.doubleValue() : 0;
            filled[i] = v instanceof Number;
            // text, or a number out of the field's range (−394 m², DATA-RANGE): the sum is unknown, as the check of reported totals has it
            invalid[i] = v instanceof Invalid || v instanceof Number && r.sound(numeric.get(i)) == null;
        }
        block.add(r.line(), sheets, values, filled, invalid);
        sheet.add(r.line(), sheets, values, filled, invalid);
        file.add(r.line(), sheets, values, filled, invalid);
        String code = r.unit();
        if (code != null && code.length() == 12) {
            // a file lists a township's units together: the last township's sums again, without cutting the code
            if (lastTownship == null || !code.regionMatches(0, lastTownship, 0, 9)) {
                lastTownship = code.substring(0, 9);
                lastTownshipScope = townships.computeIfAbsent(lastTownship, k -> new Scope(Layout.Scope.FILE));
            }
            lastTownshipScope.add(r.line(), sheets, values, filled, invalid);
        }
    }

    /** Each township's units in the file, for the rows of divisions (one per township, however the rows are ordered). */
    private final Map<String, Scope> townships = new HashMap<>(); // hashed: a file's units may come in any order
    private String lastTownship;
    private Scope lastTownshipScope;
    /** The rows of divisions (a county or township row of a statistics-system export), compared when the file ends. */
    private final List<TotalRow> divisionRows = new ArrayList<>();

    /** A row of a division (its code's prefix): compared with the file's units under it when the file ends. */
    void divisionTotal(TotalRow row, String division) {
        divisionRows.add(new TotalRow(row.at(), division, null, row.values()));
    }

    /** Reads a total row's numbers (NaN where a cell is empty or not a number). */
    TotalRow row(Location at, String label, Layout.Total total, String[] cellsByField,
                 Units.Conversion[] conversions) {
        double[] values = new double[numeric.size()];
        for (int i = 0; i < values.length; i++) {
            int field = numeric.get(i).index();
            String text = cellsByField[field];
            Object v = text == null ? null : ValueParser.parse(numeric.get(i), text, conversions[field]);
            values[i] = v instanceof Number n ? n.doubleValue() : Double.NaN;
        }
        return new TotalRow(at, label, total, values);
    }

    /** A total row: compared now, or, when its scope has no rows yet, when its scope ends. */
    void total(TotalRow row) {
        List<Scope> scopes = row.total().scopes().stream().map(this::scope).toList();
        Scope first = scopes.get(0);
        if (first.pending != null) {
            settle(first); // totals stand above their rows: the previous one is complete, this one waits
            first.reset();
            first.pending = row;
        } else {
            List<Scope> filled = scopes.stream().filter(s -> s.units > 0).toList();
            if (filled.isEmpty()) {
                first.pending = row;
            } else {
                compare(row, filled);
            }
        }
        block.reset();
        if (row.total().scopes().contains(Layout.Scope.SHEET)) {
            sheet.reset();
        }
    }

    /** The sheets of this file ended so far: the number of the sheet being read. */
    private int sheets;

    /** A sheet ends: totals waiting for the rows below them are compared. */
    void endSheet() {
        sheets++;
        settle(block);
        block.reset();
        settle(sheet);
        sheet.reset();
    }

    /** The file ends: the rows of divisions are compared with the units under them. */
    void endFile() {
        settle(file);
        Map<String, Scope> inOrder = divisionRows.isEmpty() ? Map.of() : new TreeMap<>(townships); // sums added in one order, always
        for (TotalRow row : divisionRows) {
            Scope under = new Scope(Layout.Scope.FILE);
            inOrder.forEach((township, s) -> {
                if (township.startsWith(row.label())) {
                    under.merge(s, numeric.size());
                }
            });
            if (under.units > 0) {
                found.addAll(divisionDifferences(row, under));
            }
        }
        divisionRows.clear();
        townships.clear();
        lastTownship = null;
    }

    private List<Finding> divisionDifferences(TotalRow row, Scope s) {
        List<Finding> out = new ArrayList<>();
        String name = DivisionRegistry.bundled().nameOf(row.label());
        for (int i = 0; i < numeric.size(); i++) {
            double written = row.values()[i];
            if (Double.isNaN(written) || s.unknown[i] || s.filled[i] == 0) {
                continue; // a cell that is no valid number, or no unit wrote one: nothing a sum can be said of
            }
            double sum = s.sums[i];
            if (Math.abs(sum - written) > TOLERANCE) {
                Field f = numeric.get(i);
                out.add(Finding.of(ID, Severity.ERROR).at(row.at().withField(f.key())).unit(row.label(), name)
                        .message("AGG-TOTAL.division", name == null ? row.label() : name, row.label(), f, Numbers.plain(written),
                                s.units, Numbers.plain(round(sum)), Numbers.plain(round(written - sum)))
                        .compared(Numbers.value(written), "= " + Numbers.plain(round(sum))).build());
            }
        }
        return out;
    }

    /** The findings so far, handed over once. */
    List<Finding> drain() {
        List<Finding> out = List.copyOf(found);
        found.clear();
        return out;
    }

    private void settle(Scope s) {
        if (s.pending != null && s.units > 0) {
            compare(s.pending, List.of(s));
        }
        s.pending = null;
    }

    private Scope scope(Layout.Scope which) {
        return switch (which) {
            case BLOCK -> block;
            case SHEET -> sheet;
            case FILE -> file;
        };
    }

    /**
     * Judged against the scope it matches best: none is said when one matches every field; else the one with the
     * fewest differences, the first on a tie. A 合计 at the end of the last sheet that is the whole workbook's and
     * misses by one unit's wrong area is one difference of the file, not 27 of its own sheet.
     */
    private void compare(TotalRow row, List<Scope> scopes) {
        List<Finding> best = null;
        for (Scope s : scopes) {
            List<Finding> differences = differences(row, s);
            if (differences.isEmpty()) {
                return;
            }
            if (best == null || differences.size() < best.size()) {
                best = differences;
            }
        }
        found.addAll(best);
    }

    private List<Finding> differences(TotalRow row, Scope s) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < numeric.size(); i++) {
            double written = row.values()[i];
            if (Double.isNaN(written) || s.unknown[i] || s.filled[i] == 0) {
                continue; // a cell that is no valid number, or no unit wrote one: nothing a sum can be said of
            }
            double sum = s.sums[i];
            if (Math.abs(sum - written) > TOLERANCE) {
                Field f = numeric.get(i);
                Finding.Builder b = Finding.of(ID, Severity.ERROR).at(row.at().withField(f.key()));
                if (s.firstSheet != s.lastSheet) { // the file's rows run across sheets: their lines are no range
                    b.message("AGG-TOTAL.file", row.label(), f, Numbers.plain(written), s.units, Numbers.plain(round(sum)),
                            Numbers.plain(round(written - sum)));
                } else {
                    b.message("AGG-TOTAL.rows", row.label(), f, Numbers.plain(written), s.units, s.firstLine, s.lastLine,
                            Numbers.plain(round(sum)), Numbers.plain(round(written - sum)));
                }
                out.add(b.compared(Numbers.value(written), "= " + Numbers.plain(round(sum))).build());
            }
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    /** The running sums of one scope. */
    private static final class Scope {
        final Layout.Scope which;
        double[] sums;
        boolean[] unknown;
        /** Per field: the units that wrote a number in it (none: nothing to compare a total with). */
        long[] filled;
        long units;
        int firstLine;
        int lastLine;
        /** The sheets (by number in the file) of the first and the last row. */
        int firstSheet;
        int lastSheet;
        TotalRow pending;

        Scope(Layout.Scope which) {
            this.which = which;
        }

        void add(int line, int sheet, double[] values, boolean[] given, boolean[] invalid) {
            if (sums == null) {
                sums = new double[values.length];
                unknown = new boolean[values.length];
                filled = new long[values.length];
            }
            for (int i = 0; i < values.length; i++) {
                sums[i] += values[i];
                unknown[i] |= invalid[i];
                filled[i] += given[i] ? 1 : 0;
            }
            if (units++ == 0) {
                firstLine = line;
                firstSheet = sheet;
            }
            lastLine = line;
            lastSheet = sheet;
        }

        /** Another scope's sums added to this one's. */
        void merge(Scope other, int fields) {
            if (other.sums == null) {
                return;
            }
            if (sums == null) {
                sums = new double[fields];
                unknown = new boolean[fields];
            }
            if (filled == null) {
                filled = new long[fields];
            }
            for (int i = 0; i < fields; i++) {
                sums[i] += other.sums[i];
                unknown[i] |= other.unknown[i];
                filled[i] += other.filled[i];
            }
            units += other.units;
        }

        void reset() {
            if (sums != null) {
                Arrays.fill(sums, 0);
                Arrays.fill(unknown, false);
                Arrays.fill(filled, 0);
            }
            units = 0;
        }
    }
}
