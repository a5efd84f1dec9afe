package org.shequ.core.feedback;

import java.util.Locale;
import org.shequ.core.Messages;
import org.shequ.core.Words;
import org.shequ.core.schema.Period;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.shequ.core.aggregate.Reporting;
import org.shequ.core.io.AtomicFile;
import org.shequ.core.io.CellStyles;
import org.shequ.core.io.NewWorkbook;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * 缺报单位清单.xlsx, beside the marked workbooks: every registered unit of the jurisdiction that sent
 * nothing in the period, one row each with its township (filterable), so that each township is asked
 * for exactly its own. Written only when some unit is missing; an earlier run's list goes otherwise.
 */
public final class MissingUnits {
    /** The file's name: the same in every language, like the marked workbooks'. */
    public static final String FILE = Words.get("missing.file");

    private MissingUnits() {
    }

    /** Writes the list into {@code dir}; returns the file, or null when every unit reported. */
    public static Path write(Path dir, Reporting reporting, Period period, boolean zh) {
        Path file = dir.resolve(FILE);
        List<Reporting.Absent> absent = reporting == null ? List.of() : reporting.absentUnits(period);
        if (absent.isEmpty()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }
        AtomicFile.write(file, out -> {
            Workbook wb = NewWorkbook.forCells(absent.size() * 4L);
            try {
                Messages messages = Messages.of(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
                Sheet s = wb.createSheet(messages.format("missing.sheet", List.of()));
                CellStyles styles = CellStyles.of(wb);
                String[] head = List.of("missing.head.townshipCode", "missing.head.township", "missing.head.code", "missing.head.unit").stream()
                        .map(k -> messages.format(k, List.of())).toArray(String[]::new);
                Row h = s.createRow(0);
                for (int i = 0; i < head.length; i++) {
                    Cell c = h.createCell(i);
                    c.setCellValue(head[i]);
                    c.setCellStyle(styles.head());
                    s.setColumnWidth(i, (i == 3 ? 24 : 16) * 256);
                }
                int r = 1;
                for (Reporting.Absent a : absent) {
                    Row row = s.createRow(r++);
                    row.createCell(0).setCellValue(a.township());
                    row.createCell(1).setCellValue(a.townshipName() == null ? "" : a.townshipName());
                    row.createCell(2).setCellValue(a.code());
                    row.createCell(3).setCellValue(a.name() == null ? "" : a.name());
                }
                s.createFreezePane(0, 1);
                s.setAutoFilter(new CellRangeAddress(0, r - 1, 0, head.length - 1));
                NewWorkbook.write(wb, out);
            } finally {
                NewWorkbook.close(wb);
            }
        });
        return file;
    }
}
