package org.shequ.core.feedback;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.shequ.core.Words;
import org.shequ.core.io.CellStyles;
import org.shequ.core.io.CellText;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Severity;

/**
 * The first sheet of a feedback workbook, 问题清单: one row per finding of the file, as a clerk works
 * through them: errors first, then warnings, then notes, each in the order of the rows; the level in
 * the first column, then sheet, row, column header, unit, message and rule, the message a link to
 * the marked cell. Links stop at the workbook's {@link Budget}; the address is still written. The rows are
 * written by {@link #finish()}: until then each severity's findings wait in a temporary file of
 * their own, so a file with half a million findings is ordered in bounded memory.
 */
final class FindingsSheet {
    static final String NAME = Words.get("feedback.sheet.findings");
    private static final String[] HEAD = {Words.get("feedback.findings.level"), Words.get("feedback.findings.sheet"),
            Words.get("feedback.findings.row"), Words.get("feedback.findings.column"), Words.get("feedback.findings.unitCode"),
            Words.get("feedback.findings.unitName"), Words.get("feedback.findings.problem"), Words.get("feedback.findings.rule")};
    private static final List<Severity> ORDER = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);

    private final Workbook wb;
    private final Sheet sheet;
    private final CellStyle head;
    /** The workbook's default style, set on each plain cell (see {@link #plain}). */
    private final CellStyle plain;
    private final Marks marks;
    private final Map<Severity, Spill> waiting = new EnumMap<>(Severity.class);
    private final Budget budget;
    private int rows;
    private int added;

    FindingsSheet(Workbook wb, Sheet sheet, Marks marks, Budget budget, String note) {
        this.budget = budget;
        this.wb = wb;
        this.sheet = sheet;
        this.marks = marks;
        this.head = CellStyles.of(wb).head();
        this.plain = wb instanceof SXSSFWorkbook ? wb.getCellStyleAt(0) : null;
        Row r = sheet.createRow(rows++);
        int[] widths = {8, 14, 8, 24, 16, 20, 70, 20};
        for (int c = 0; c < HEAD.length; c++) {
            Cell cell = r.createCell(c);
            cell.setCellValue(HEAD[c]);
            cell.setCellStyle(head);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        if (note != null) {
            Cell said = r.createCell(HEAD.length + 1);
            said.setCellValue(CellText.safe(note)); // beside the header, seen whenever the list is
            said.setCellStyle(head);
            sheet.setColumnWidth(HEAD.length + 1, 60 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** A finding, to be linked to its cell in {@code targetSheet} (null: no sheet to point at) at {@code row}, {@code column} (0-based). */
    void add(Finding f, String targetSheet, int row, int column, String header) {
        Severity level = ORDER.contains(f.severity()) ? f.severity() : Severity.INFO;
        String[] text = {f.severity().label(true), targetSheet, header, f.unit(), f.unitName(), marks.text(f), f.rule()};
        waiting.computeIfAbsent(level, k -> new Spill(budget.listInMemory())).write(text, f.location().line(), row, column);
        added++;
    }

    /** Writes the rows, errors first; the temporary files are removed. */
    void finish() {
        try {
            for (Severity level : ORDER) {
                Spill s = waiting.remove(level);
                if (s != null) {
                    s.replay(this::row);
                }
            }
        } finally {
            waiting.values().forEach(Spill::delete);
            waiting.clear();
        }
    }

    private void row(String[] t, int line, int targetRow, int column) {
        Row r = sheet.createRow(rows++);
        text(r, 0, t[0]);
        text(r, 1, t[1]);
        if (line > 0) {
            plain(r, 2).setCellValue(line);
        }
        text(r, 3, t[2]);
        text(r, 4, t[3]);
        text(r, 5, t[4]);
        text(r, 6, t[5]);
        text(r, 7, t[6]);
        if (t[1] != null && targetRow >= 0 && rows <= budget.links() + 1 && r.getCell(6) != null) {
            Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress("'" + t[1].replace("'", "''") + "'!" + new CellReference(targetRow, column).formatAsString(false));
            r.getCell(6).setHyperlink(link);
        }
    }

    private void text(Row r, int c, String s) {
        if (s != null && !s.isEmpty()) {
            plain(r, c).setCellValue(CellText.safe(s));
        }
    }

    /**
     * A new cell; in a streaming workbook, in its default style, set, not looked up: there a cell
     * without a style of its own makes POI search the sheet's column definitions for one each time it
     * is written, which in a national list of findings was a fifth of the feedback step. The bytes
     * written are the same (an in-memory workbook would write the attribute in another order, so it is
     * left as it was).
     */
    private Cell plain(Row r, int c) {
        Cell cell = r.createCell(c);
        if (plain != null) {
            cell.setCellStyle(plain);
        }
        return cell;
    }

    int findings() {
        return added;
    }

    /** One severity's findings in the order they came: kept in memory up to a few thousand, then in a temporary file. */
    private static final class Spill {
        private final int inMemory;
        private final List<Object[]> kept = new ArrayList<>();
        private Path file;
        private DataOutputStream out;

        interface Row {
            void accept(String[] text, int line, int targetRow, int column);
        }

        Spill(int inMemory) {
            this.inMemory = inMemory;
        }

        void write(String[] text, int line, int row, int column) {
            if (out == null && kept.size() < inMemory) {
                kept.add(new Object[] {text, line, row, column});
                return;
            }
            try {
                if (out == null) {
                    file = Files.createTempFile("shequ-findings-", ".bin");
                    out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
                }
                for (String s : text) {
                    if (s == null) {
                        out.writeInt(-1);
                    } else {
                        byte[] b = s.getBytes(StandardCharsets.UTF_8);
                        out.writeInt(b.length);
                        out.write(b);
                    }
                }
                out.writeInt(line);
                out.writeInt(row);
                out.writeInt(column);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void replay(Row to) {
            for (Object[] k : kept) {
                to.accept((String[]) k[0], (int) k[1], (int) k[2], (int) k[3]);
            }
            if (out == null) {
                return;
            }
            try {
                out.close();
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                    while (true) {
                        String[] text = new String[7];
                        try {
                            text[0] = string(in);
                        } catch (EOFException end) {
                            break;
                        }
                        for (int i = 1; i < text.length; i++) {
                            text[i] = string(in);
                        }
                        to.accept(text, in.readInt(), in.readInt(), in.readInt());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                delete();
            }
        }

        private static String string(DataInputStream in) throws IOException {
            int n = in.readInt();
            return n < 0 ? null : new String(in.readNBytes(n), StandardCharsets.UTF_8);
        }

        void delete() {
            try {
                if (out != null) {
                    out.close();
                }
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException ignored) {
                // a temporary file the system removes
            }
        }
    }
}
