package org.shequ.core.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shequ.core.Messages;
import org.shequ.core.io.AtomicFile;
import org.shequ.core.io.Stamp;
import org.shequ.core.validate.Finding;

/**
 * A submitted workbook (XLSX or XLS) sent back marked: the clerk's own file — sheets, styles,
 * merged cells, formulas, column widths as they were — with every cell that has a finding filled
 * and commented, and a first sheet 问题清单 listing the findings with links to their cells.
 * Read whole, as a township's or county's workbook is.
 */
final class MarkedWorkbook {
    private MarkedWorkbook() {
    }

    /**
     * Writes the marked copy; false, writing nothing, when the original cannot be opened as a workbook
     * (damaged, or not a workbook at all: its findings say so, and stay in the findings list).
     */
    static boolean write(Path in, Path out, List<Finding> findings, Places places, Messages messages, String note) throws IOException {
        Workbook opened;
        try (InputStream s = Files.newInputStream(in)) {
            opened = WorkbookFactory.create(s);
        } catch (IOException | RuntimeException | NoClassDefFoundError e) {
            // whatever POI throws on a damaged file, and a zip entry in a codec that is not bundled
            return false;
        }
        try (Workbook wb = opened) {
            return mark(wb, out, findings, places, messages, note);
        } catch (RuntimeException e) {
            // a part POI read but cannot write back (a DOCTYPE or a bad byte in docProps, a row numbered -5, a
            // sheet whose relationship is missing or external): no faithful copy, so none is written
            return false;
        }
    }

    private static boolean mark(Workbook wb, Path out, List<Finding> findings, Places places, Messages messages, String note) throws IOException {
        {
            Marks marks = new Marks(wb, messages, Budget.WHOLE);
            Sheet list = wb.createSheet(FindingsSheet.NAME);
            wb.setSheetOrder(FindingsSheet.NAME, 0);
            wb.setActiveSheet(0);
            wb.setSelectedTab(0);
            FindingsSheet sheet = new FindingsSheet(wb, list, marks, Budget.WHOLE, note);
            Map<String, List<Finding>> byCell = new LinkedHashMap<>();
            for (Finding f : findings) {
                String name = f.location().sheet();
                Sheet target = name == null ? null : wb.getSheet(name);
                int line = f.location().line();
                int column = places.column(f);
                if (target == null || line <= 0) {
                    sheet.add(f, null, -1, 0, places.header(f));
                    continue;
                }
                sheet.add(f, name, line - 1, column, places.header(f));
                byCell.computeIfAbsent(name + "\u0000" + line + "\u0000" + column, k -> new ArrayList<>()).add(f);
            }
            byCell.forEach((key, list2) -> {
                String[] k = key.split("\u0000");
                Sheet target = wb.getSheet(k[0]);
                int row = Integer.parseInt(k[1]) - 1;
                int column = Integer.parseInt(k[2]);
                Row r = target.getRow(row) == null ? target.createRow(row) : target.getRow(row);
                Cell c = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
                marks.mark(c, list2);
            });
            sheet.finish();
            AtomicFile.write(out, s -> {
                if (wb instanceof XSSFWorkbook x) {
                    Stamp.write(x, s);
                } else {
                    wb.write(s); // a binary .xls: no zip, no time of writing
                }
            });
        }
        return true;
    }
}
