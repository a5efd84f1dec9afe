package org.shequ.core.convert;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shequ.core.io.CellStyles;
import org.shequ.core.io.CellText;
import java.math.BigDecimal;
import org.shequ.core.io.NewWorkbook;
import org.shequ.core.io.Stamp;
import org.shequ.core.Numbers;

/**
 * XLSX, streamed: numbers and percentages as numeric cells with formats, codes and text as text
 * (safe from formula injection), the header row frozen with a filter.
 */
final class XlsxOut implements TableOut {
    private final OutputStream out;
    private final boolean chinese;
    private final SXSSFWorkbook wb = NewWorkbook.streaming();
    private final SXSSFSheet sheet;
    private final CellStyle head;
    private final CellStyle count;
    private final CellStyle measure;
    private final CellStyle rate;
    private int rows;
    private int width;

    XlsxOut(OutputStream out, String sheetName, boolean chinese) {
        this.out = out;
        this.chinese = chinese;
        Stamp.apply(wb.getXSSFWorkbook());
        this.sheet = wb.createSheet(sheetName);
        CellStyles styles = CellStyles.of(wb);
        this.head = styles.head();
        this.count = styles.count();
        this.measure = styles.measure();
        this.rate = styles.rate();
    }

    @Override
    public void header(List<String> names) {
        Row r = sheet.createRow(rows++);
        for (int c = 0; c < names.size(); c++) {
            Cell cell = r.createCell(c);
            cell.setCellValue(CellText.safe(names.get(c)));
            cell.setCellStyle(head);
            sheet.setColumnWidth(c, Math.min(30, Math.max(10, names.get(c).length() * 2 + 2)) * 256);
        }
        width = names.size();
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<Object> cells) {
        Row r = sheet.createRow(rows++);
        for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v == null) {
                continue;
            }
            Cell cell = r.createCell(c);
            if (v instanceof Long l) {
                cell.setCellValue(l);
                cell.setCellStyle(count);
            } else if (v instanceof Double d) {
                cell.setCellValue(d);
                cell.setCellStyle(measure);
            } else if (v instanceof Percent p) {
                cell.setCellValue(Numbers.fraction(BigDecimal.valueOf(p.value())));
                cell.setCellStyle(rate);
            } else {
                cell.setCellValue(CellText.safe(CsvOut.text(v, chinese)));
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (width > 0) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, width - 1));
            }
            wb.write(out);
        } finally {
            wb.close(); // removes the temporary files of the streamed rows too
        }
    }
}
