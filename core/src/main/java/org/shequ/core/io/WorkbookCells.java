package org.shequ.core.io;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A workbook cell's text as shequ parses it (cached formula values, canonical numbers and dates). */
public final class WorkbookCells {
    private static final DataFormatter CANONICAL = new CanonicalFormatter();

    private WorkbookCells() {
    }

    public static String text(Cell cell) {
        return cell == null ? "" : text(cell, CANONICAL);
    }

    /** Whether the workbook counts dates from 1904 (Excel for Mac's old default). */
    static boolean date1904(Workbook wb) {
        if (wb instanceof HSSFWorkbook h) {
            return h.getInternalWorkbook().isUsing1904DateWindowing();
        }
        return wb instanceof XSSFWorkbook x && x.isDate1904();
    }

    static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString(), date1904(cell.getSheet().getWorkbook()));
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> "ERROR:" + FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }
}
