package org.shequ.core.output.aggregate;

import org.shequ.core.io.CellStyles;
import org.shequ.core.io.CellText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.shequ.core.io.NewWorkbook;

import org.shequ.core.Rounded;
import org.shequ.core.aggregate.Level;

/**
 * A workbook with a sheet per level: Chinese headers with units, numbers as numeric cells with
 * number formats (counts #,##0, measures #,##0.00, pass rates 0.0%), the header row frozen and
 * an auto-filter; text cells are safe from formula injection. A metric no unit of a row reported is
 * left empty, and each incomplete metric gets a column counting the units that did not report it.
 * Streamed (SXSSF) for big levels, in memory for a county's ({@link NewWorkbook}).
 */
final class XlsxAggregates implements AggregateWriter {
    @Override
    public void write(List<Level> levels, View view, OutputStream out) throws IOException {
        List<AggregateColumns> columns = new ArrayList<>();
        long cells = 0;
        for (Level l : levels) {
            AggregateColumns cols = new AggregateColumns(l, view.indicators(), view.locale());
            columns.add(cols);
            cells += (l.rows().size() + 1L) * (2 + cols.headers().size() + cols.incompleteHeaders().size());
        }
        Workbook wb = NewWorkbook.forCells(cells);
        try {
            CellStyles styles = CellStyles.of(wb);
            CellStyle head = styles.head();
            CellStyle count = styles.count();
            CellStyle measure = styles.measure();
            CellStyle rate = styles.rate();
            for (int li = 0; li < levels.size(); li++) {
                Level l = levels.get(li);
                AggregateColumns cols = columns.get(li);
                Sheet sheet = wb.createSheet(view.levelName(l, levels));
                Row h = sheet.createRow(0);
                List<String> headers = new ArrayList<>(List.of(AggregateColumns.codeHeader(view.zh()), AggregateColumns.nameHeader(view.zh())));
                headers.addAll(cols.headers());
                headers.addAll(cols.incompleteHeaders());
                for (int c = 0; c < headers.size(); c++) {
                    Cell cell = h.createCell(c);
                    cell.setCellValue(headers.get(c));
                    cell.setCellStyle(head);
                    sheet.setColumnWidth(c, Math.min(30, Math.max(10, headers.get(c).length() * 2 + 2)) * 256);
                }
                int n = 1;
                for (org.shequ.core.aggregate.Row r : l.rowsAndTotal()) {
                    Row row = sheet.createRow(n++);
                    row.createCell(0).setCellValue(CellText.safe(r.code()));
                    row.createCell(1).setCellValue(CellText.safe(r.name()));
                    for (int i = 0; i < cols.keys().size(); i++) {
                        String k = cols.keys().get(i);
                        Number v = r.reported(k);
                        if (v == null) {
                            continue; // no unit reported it: empty, not 0
                        }
                        Cell cell = row.createCell(i + 2);
                        cell.setCellValue(Rounded.exactDouble(v)); // the cell's format rounds it, once
                        cell.setCellStyle(AggregateColumns.share(k) ? rate : v instanceof Long ? count : measure);
                    }
                    for (int i = 0; i < cols.incomplete().size(); i++) {
                        Cell cell = row.createCell(cols.keys().size() + 2 + i);
                        cell.setCellValue(r.missing(cols.incomplete().get(i)));
                        cell.setCellStyle(count);
                    }
                }
                sheet.createFreezePane(2, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, n - 1), 0, headers.size() - 1));
            }
            NewWorkbook.write(wb, out);
        } finally {
            NewWorkbook.close(wb);
        }
    }
}
