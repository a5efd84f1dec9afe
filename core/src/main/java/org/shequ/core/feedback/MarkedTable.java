package org.shequ.core.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.shequ.core.Messages;
import org.shequ.core.Words;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.io.AtomicFile;
import org.shequ.core.io.CellText;
import org.shequ.core.io.RawRow;
import org.shequ.core.io.ReadProblem;
import org.shequ.core.io.Shape;
import org.shequ.core.io.NewWorkbook;
import org.shequ.core.io.TableHandler;
import org.shequ.core.validate.Finding;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A table sent back as a marked workbook: a CSV or YAML file (or, split by township, or too large
 * to copy, any file) as an XLSX of the same rows — for a CSV on the same row numbers, the header
 * first; for YAML, in a split or with only the marked rows, a last column 原行号 gives each row's
 * line in the submitted file — with each cell that has a finding filled and commented and a first
 * sheet 问题清单. Written as the file is read (SXSSF, or in memory for a small file:
 * {@link NewWorkbook}), so a national file's feedback is made in bounded memory. Split by township
 * (or province), each one's rows (after the header rows, which every part repeats) go to its own
 * workbook, named after it; rows that name no unit (a 小计, a signature) follow the area before
 * them. With {@code onlyMarked} (a file of more than {@link Feedback#WHOLE_ROWS} records) only the
 * rows that have findings are written.
 */
final class MarkedTable implements TableHandler {
    static final String DATA = Words.get("feedback.sheet.data");
    static final String LINE = Words.get("feedback.column.line");
    static final String PROBLEMS = Words.get("feedback.column.problems");
    /** The longest text written in a cell: Excel holds 32,767 characters. */
    private static final int MAX_TEXT = 30_000;

    private final Cursor findings;
    private final Places places;
    private final Messages messages;
    private final Path dir;
    private final String base;
    private final Split split;
    private final boolean onlyMarked;
    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final List<RawRow> header = new ArrayList<>();
    private final Map<RawRow, List<Finding>> headerFindings = new IdentityHashMap<>();
    private final List<Path> written = new ArrayList<>();
    private String sheet;
    private Shape shape;
    private RawRow pending;
    /** The code text of the last row that had one, in this sheet; the area of {@link #areaPrefix}, looked up. */
    private String areaCode;
    private String areaPrefix;
    private String area;
    private long findingsWritten;

    /** One data sheet of an output workbook and where its next row goes. */
    private static final class Out {
        final String name;
        final Sheet sheet;
        int next;
        /** The widest text of each column, in the width Excel gives it (a CJK character counts two). */
        int[] widths = new int[0];

        /** The workbook's default style, set on each cell written (see {@link #cell}). */
        final CellStyle plain;

        Out(String name, Sheet sheet) {
            this.name = name;
            this.sheet = sheet;
            // only a streaming workbook looks the style up as it writes each cell; an in-memory one is left as it was
            this.plain = sheet.getWorkbook() instanceof SXSSFWorkbook wb ? wb.getCellStyleAt(0) : null;
        }

        /**
         * A new cell; in a streaming workbook, in its default style, set, not looked up: there a cell
         * without a style of its own makes POI search the sheet's column definitions for one each time it
         * is written. The bytes written are the same.
         */
        Cell cell(Row r, int column) {
            Cell c = r.createCell(column);
            if (plain != null) {
                c.setCellStyle(plain);
            }
            return c;
        }

        void measure(int column, String text) {
            if (column >= widths.length) {
                widths = Arrays.copyOf(widths, column + 8);
            }
            int w = 0;
            for (int i = 0; i < text.length(); i++) { // a character from U+2E80 on (Chinese) is two wide, a pair of surrogates one character
                char ch = text.charAt(i);
                boolean pairStart = Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                w += ch < 0x2E80 ? 1 : pairStart ? 0 : 2;
            }
            widths[column] = Math.max(widths[column], w);
        }

        /** Columns as wide as their text (a 12-digit code whole), at most 60 characters. */
        void fit() {
            for (int c = 0; c < widths.length; c++) {
                if (widths[c] > 0) {
                    sheet.setColumnWidth(c, Math.min(60, Math.max(8, widths[c] + 2)) * 256);
                }
            }
        }
    }

    /** One output workbook: its findings list and its data sheets (数据, or one per sheet of a workbook read by sheet). */
    private final class Part {
        // a part of a large file: one of some thirty open at once, each keeping few rows in memory
        final Workbook wb = onlyMarked ? NewWorkbook.streaming(20) : NewWorkbook.forCells(cells);
        final FindingsSheet list;
        final Marks marks;
        final String name;
        final Map<String, Out> outs = new LinkedHashMap<>();

        Part(String name) {
            this.name = name;
            Budget budget = onlyMarked ? Budget.PART : Budget.WHOLE;
            this.marks = new Marks(wb, messages, budget);
            this.list = new FindingsSheet(wb, wb.createSheet(FindingsSheet.NAME), marks, budget, note);
            for (RawRow h : header) {
                row(this, h, headerFindings.getOrDefault(h, List.of()), false);
            }
        }

        /** The data sheet the rows being read go to. */
        Out out() {
            String n = bySheet && sheet != null ? (sheet.equals(FindingsSheet.NAME) ? Words.format("feedback.sheet.renamed", sheet) : sheet) : DATA;
            return outs.computeIfAbsent(n, k -> new Out(k, wb.createSheet(k)));
        }

        void fit() {
            outs.values().forEach(Out::fit);
        }
    }

    private final Set<String> used;
    private final long cells;
    private final String note;
    /** Each sheet of a workbook to its own data sheet, named as it (a large workbook of one sheet per township). */
    private final boolean bySheet;

    /**
     * {@code used}: the names already written in {@code dir} (a township in two files gets the file's
     * name too); {@code cells}: about how many cells the file has (a workbook is kept in memory for few).
     */
    MarkedTable(Cursor findings, Places places, Messages messages, Path dir, String base, Split split, boolean onlyMarked,
                Set<String> used, long cells, String note, boolean bySheet) {
        this.bySheet = bySheet;
        this.note = note;
        this.onlyMarked = onlyMarked;
        this.used = used;
        this.cells = cells;
        this.findings = findings;
        this.places = places;
        this.messages = messages;
        this.dir = dir;
        this.base = base;
        this.split = split;
    }

    @Override
    public void begin(String sheetName, Shape tableShape) {
        this.sheet = sheetName;
        this.shape = tableShape;
        this.pending = null;
        this.header.clear();
        this.headerFindings.clear();
        this.areaCode = null;
    }

    @Override
    public boolean row(RawRow row) {
        if (pending != null) {
            place(pending, row.line() > pending.line() ? row.line() : pending.line() + 1);
        }
        pending = row;
        return true;
    }

    @Override
    public void problem(ReadProblem problem) {
    }

    @Override
    public void end() {
        if (pending != null) {
            place(pending, Integer.MAX_VALUE);
            pending = null;
        }
    }

    /** The sheets to read are named (those validation read), so no sheet is chosen by its header here. */
    @Override
    public boolean recognises(List<String> cells) {
        return true;
    }

    /** A row and the findings on its lines (a YAML record spans several). */
    private void place(RawRow row, int nextLine) {
        List<Finding> mine = findings.before(sheet, nextLine);
        // a YAML file has no header rows: its first record is a unit like the others
        boolean inHeader = shape != Shape.KEYED && row.line() <= places.headerEnd(sheet);
        if (split != Split.NONE && inHeader) {
            header.add(row); // every part repeats the header rows; their findings are counted once
            headerFindings.put(row, mine);
            findingsWritten += mine.size();
            parts.values().forEach(p -> row(p, row, mine, false));
            return;
        }
        if (split != Split.NONE) {
            note(row);
        }
        if (onlyMarked && mine.isEmpty() && !inHeader) {
            return; // a large file's row without findings: its sender needs only the rows to correct
        }
        String key = switch (split) {
            case NONE -> base;
            case TOWNSHIP -> area();
            case PROVINCE -> base + "-" + area();
        };
        row(parts.computeIfAbsent(key, k -> new Part(k)), row, mine, true);
    }

    /**
     * Remembers the code of a row that has one: a row is placed by its code; a row without (a row of words, 小计 or a
     * signature) follows the area before it. Only the text is kept; its area is looked up when a row is written
     * ({@link #area}): a national file's rows without findings are not written.
     */
    private void note(RawRow row) {
        int code = places.codeColumn(sheet);
        String c = code < 0 ? null : row.cell(code);
        if (c != null && hasDigit(c)) {
            areaCode = c;
        }
    }

    /** The township (or province) of the rows since the last code; a malformed code is no area's, whatever came before. */
    private String area() {
        String unit = areaCode == null ? "" : areaCode.strip();
        if (unit.length() != 12 || !unit.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return split.none;
        }
        String prefix = unit.substring(0, split.digits);
        if (!prefix.equals(areaPrefix)) { // rows of one area come together: looked up once for them
            areaPrefix = prefix;
            area = DivisionRegistry.bundled().find(prefix).map(d -> d.name()).orElse(split.none);
        }
        return area;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Writes a raw row into a part, marking the cells its findings point at. */
    private void row(Part p, RawRow raw, List<Finding> mine, boolean count) {
        boolean sameLines = split == Split.NONE && !onlyMarked && shape == Shape.DELIMITED;
        Out o = p.out();
        int index = sameLines ? raw.line() - 1 : o.next;
        o.next = index + 1;
        Row r = o.sheet.createRow(index);
        String[] cells = raw.cells();
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null && !cells[c].isEmpty()) {
                o.cell(r, c).setCellValue(CellText.safe(cells[c]));
                o.measure(c, cells[c]);
            }
        }
        if (!sameLines) {
            int last = Math.max(places.width(sheet), cells.length);
            Cell line = o.cell(r, last);
            int headerEnd = places.headerEnd(sheet);
            if (raw.line() == headerEnd && shape != Shape.KEYED || index == 0 && shape == Shape.KEYED) {
                line.setCellValue(LINE);
                if (onlyMarked) {
                    o.cell(r, last + 1).setCellValue(PROBLEMS);
                }
            } else if (raw.line() > headerEnd || shape == Shape.KEYED) {
                line.setCellValue(raw.line());
                if (onlyMarked && !mine.isEmpty()) {
                    String problems = String.join(Words.get("feedback.problems.separator"), mine.stream().map(p.marks::text).distinct().toList());
                    o.cell(r, last + 1).setCellValue(CellText.safe(problems.length() <= MAX_TEXT ? problems
                            : Words.format("feedback.problems.truncated", problems.substring(0, MAX_TEXT))));
                }
            }
        }
        Map<Integer, List<Finding>> byColumn = new LinkedHashMap<>();
        for (Finding f : mine) {
            int column = column(raw, f);
            p.list.add(f, o.name, index, column, places.header(f));
            findingsWritten += count ? 1 : 0;
            byColumn.computeIfAbsent(column, k -> new ArrayList<>()).add(f);
        }
        byColumn.forEach((column, list) -> {
            Cell cell = r.getCell(column) == null ? o.cell(r, column) : r.getCell(column);
            p.marks.mark(cell, list);
        });
    }

    /** The cell of a finding: for YAML the value on the finding's own line, else its field's column. */
    private int column(RawRow raw, Finding f) {
        if (raw.cellLines() != null) {
            for (int c = 0; c < raw.cells().length; c++) {
                if (raw.lineOf(c) == f.location().line() && places.column(f) == c) {
                    return c;
                }
            }
        }
        return places.column(f);
    }

    /** Writes every part that has findings, once the file is read; returns the files written. */
    List<Path> written() {
        if (parts.isEmpty() && headerFindings.values().stream().anyMatch(l -> !l.isEmpty())) {
            parts.put(base, new Part(base)); // findings on the header only: a workbook of the header rows carries them
        }
        for (Part p : parts.values()) {
            try {
                p.list.finish();
                p.fit();
                if (p.list.findings() > 0) {
                    String name = used.add(p.name) ? p.name : p.name + "-" + base;
                    used.add(name);
                    Path out = dir.resolve(Words.format("feedback.file", name, "xlsx"));
                    AtomicFile.write(out, s -> NewWorkbook.write(p.wb, s));
                    written.add(out);
                }
            } finally {
                try {
                    NewWorkbook.close(p.wb);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return written;
    }

    long findings() {
        return findingsWritten;
    }
}
