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
import org.apache.poi.util.RecordFormatException;

/**
 * Reads an old binary .xls workbook (at most 65,536 rows, so it is read whole) with the same
 * sheet choice and canonical cell text as {@link XlsxReader}. An OLE2 file holding an encrypted
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
                Sheet sheet = choose(file, wb, handler);
                if (sheet == null) {
                    return;
                }
                handler.begin(sheet.getSheetName(), Shape.SHEET);
                try {
                    DataFormatter formatter = new CanonicalFormatter();
                    for (Row row : sheet) {
                        if (!handler.row(toRaw(row, formatter))) {
                            break;
                        }
                    }
                } finally {
                    handler.end();
                }
            }
        } catch (RecordFormatException | IllegalArgumentException | IllegalStateException e) {
            fail(handler, Workbooks.problemKey(e), Workbooks.detail(e));
        }
    }

    private static void fail(TableHandler handler, String key, Object... args) {
        handler.begin(null, Shape.SHEET);
        handler.problem(ReadProblem.of(0, key, args));
        handler.end();
    }

    private Sheet choose(SourceFile file, HSSFWorkbook wb, TableHandler handler) {
        if (file.sheet() != null) {
            Sheet s = wb.getSheet(file.sheet());
            if (s == null) {
                List<String> names = new ArrayList<>();
                wb.forEach(sh -> names.add(sh.getSheetName()));
                fail(handler, "DATA-PARSE.noSuchSheet", file.sheet(), String.join("、", names));
            }
            return s;
        }
        DataFormatter formatter = new CanonicalFormatter();
        for (Sheet s : wb) {
            int n = 0;
            for (Row row : s) {
                if (n++ >= limits.headerScanRows()) {
                    break;
                }
                if (handler.recognises(List.of(toRaw(row, formatter).cells()))) {
                    return s;
                }
            }
        }
        return wb.getNumberOfSheets() == 0 ? null : wb.getSheetAt(0);
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
