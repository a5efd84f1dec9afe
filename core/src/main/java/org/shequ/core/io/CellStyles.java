package org.shequ.core.io;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles every workbook shequ writes shares: a bold, wrapping header; counts as #,##0;
 * measures as #,##0.00; shares as 0.0%.
 */
public record CellStyles(CellStyle head, CellStyle count, CellStyle measure, CellStyle rate) {

    public static CellStyles of(Workbook wb) {
        CellStyle head = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        head.setFont(bold);
        head.setWrapText(true);
        return new CellStyles(head, format(wb, "#,##0"), format(wb, "#,##0.00"), format(wb, "0.0%"));
    }

    /** A new style of this number format. */
    public static CellStyle format(Workbook wb, String pattern) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(pattern));
        return s;
    }
}
