package org.shequ.core.output.diff;

import org.shequ.core.io.CellText;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.shequ.core.aggregate.Diff;
import org.shequ.core.io.NewWorkbook;
import org.shequ.core.io.Stamp;

/** A sheet per part of the comparison; numbers as numeric cells, text formula-safe. */
final class XlsxDiff implements DiffWriter {
    @Override
    public void write(Diff.Result diff, boolean zh, OutputStream out) throws IOException {
        SXSSFWorkbook wb = NewWorkbook.streaming();
        Stamp.apply(wb.getXSSFWorkbook());
        try {
            int n = 0;
            for (DiffSections.Section sec : DiffSections.of(diff, zh)) {
                Sheet s = wb.createSheet(String.valueOf(++n) + " " + sec.title().replaceAll("[\\\\/?*\\[\\]:]", "").substring(0, Math.min(25, sec.title().length())));
                for (int i = 0; i < sec.rows().size(); i++) {
                    Row row = s.createRow(i);
                    String[] cells = sec.rows().get(i);
                    for (int c = 0; c < cells.length; c++) {
                        String t = cells[c];
                        if (i > 0 && t.matches("-?\\d+(\\.\\d+)?")) {
                            row.createCell(c).setCellValue(Double.parseDouble(t));
                        } else {
                            row.createCell(c).setCellValue(CellText.safe(t));
                        }
                    }
                }
                s.createFreezePane(0, 1);
            }
            wb.write(out);
        } finally {
            wb.close(); // removes the temporary files of the streamed rows too
        }
    }
}
