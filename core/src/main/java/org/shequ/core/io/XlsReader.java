package org.shequ.core.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.RecordFormatException;

/**
 * Reads an old binary .xls workbook (at most 65,536 rows, so it is read whole) with the same
 * sheet choice ({@link SheetChoice}) and canonical cell text as {@link XlsxReader}; its merged
 * ranges are always known. An OLE2 file holding an encrypted
 * XLSX is recognised and reported as encrypted.
 */
public final class XlsReader implements TableReader {
    private final ReadLimits limits;

    public XlsReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public void read(SourceFile file, TableHandler handler) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.path().toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                fail(handler, "DATA-PARSE.encrypted", "EncryptionInfo");
                return;
            }
            try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
                DataFormatter formatter = new CanonicalFormatter();
                List<SheetChoice.Sheet> sheets = new ArrayList<>();
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    SheetChoice.Skip hidden = wb.isSheetVeryHidden(i) ? SheetChoice.Skip.VERY_HIDDEN
                            : wb.isSheetHidden(i) ? SheetChoice.Skip.HIDDEN : null;
                    sheets.add(new SheetChoice.Sheet(wb.getSheetName(i), hidden));
                }
                List<Integer> chosen = SheetChoice.choose(sheets, file.sheets(),
                        i -> hasHeader(wb.getSheetAt(i), formatter, handler), handler);
                for (int i : chosen) {
                    read(wb.getSheetAt(i), formatter, handler);
                }
            }
        } catch (RuntimeException e) {
            // RecordFormatException and whatever else POI throws on a damaged file: a finding, never a crash
            fail(handler, Workbooks.problemKey(e), Workbooks.detail(e));
        }
    }

    private static void read(Sheet sheet, DataFormatter formatter, TableHandler handler) {
        handler.begin(sheet.getSheetName(), Shape.SHEET);
        try {
            List<Span> spans = new ArrayList<>();
            for (CellRangeAddress r : sheet.getMergedRegions()) {
                spans.add(new Span(r.getFirstRow() + 1, r.getLastRow() + 1, r.getFirstColumn(), r.getLastColumn()));
            }
            handler.spans(spans);
            for (Row row : sheet) {
                if (!handler.row(toRaw(row, formatter))) {
                    break;
                }
            }
        } finally {
            handler.end();
        }
    }

    private static void fail(TableHandler handler, String key, Object... args) {
        handler.begin(null, Shape.SHEET);
        handler.problem(ReadProblem.of(0, key, args));
        handler.end();
    }

    private boolean hasHeader(Sheet sheet, DataFormatter formatter, TableHandler handler) {
        int n = 0;
        for (Row row : sheet) {
            if (n++ >= limits.headerScanRows()) {
                break;
            }
            if (handler.recognises(List.of(toRaw(row, formatter).cells()))) {
                return true;
            }
        }
        return false;
    }

    private static RawRow toRaw(Row row, DataFormatter formatter) {
        int width = Math.max(row.getLastCellNum(), 0);
        String[] cells = new String[width];
        for (int c = 0; c < width; c++) {
            Cell cell = row.getCell(c);
            cells[c] = cell == null ? "" : text(cell, formatter);
        }
        return new RawRow(row.getRowNum() + 1, cells);
    }

    private static String text(Cell cell, DataFormatter formatter) {
        return WorkbookCells.text(cell, formatter);
    }
}
