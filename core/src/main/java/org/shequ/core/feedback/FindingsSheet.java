package org.shequ.core.feedback;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.shequ.core.io.CellStyles;
import org.shequ.core.io.CellText;
import org.shequ.core.validate.Finding;

/**
 * The first sheet of a feedback workbook, 问题清单: one row per finding of the file (sheet, row,
 * column header, unit, message, rule, severity), the row a link to the marked cell. Links stop at
 * {@link Marks#COMMENTS}; the address is still written.
 */
final class FindingsSheet {
    static final String NAME = "问题清单";
    private static final String[] HEAD = {"工作表", "行", "列", "单位代码", "单位名称", "问题", "规则", "级别"};

    private final Workbook wb;
    private final Sheet sheet;
    private final Marks marks;
    private final CellStyle head;
    private int rows;

    FindingsSheet(Workbook wb, Sheet sheet, Marks marks) {
        this.wb = wb;
        this.sheet = sheet;
        this.marks = marks;
        this.head = CellStyles.of(wb).head();
        Row r = sheet.createRow(rows++);
        int[] widths = {14, 8, 24, 16, 20, 70, 20, 8};
        for (int c = 0; c < HEAD.length; c++) {
            Cell cell = r.createCell(c);
            cell.setCellValue(HEAD[c]);
            cell.setCellStyle(head);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** A finding, linked to its cell in {@code targetSheet} (null: no sheet to point at) at {@code row}, {@code column} (0-based). */
    void add(Finding f, String targetSheet, int row, int column, String header) {
        Row r = sheet.createRow(rows++);
        text(r, 0, targetSheet == null ? "" : targetSheet);
        if (f.location().line() > 0) {
            r.createCell(1).setCellValue(f.location().line());
        }
        text(r, 2, header);
        text(r, 3, f.unit());
        text(r, 4, f.unitName());
        text(r, 5, marks.text(f));
        text(r, 6, f.rule());
        text(r, 7, f.severity().label(true));
        if (targetSheet != null && row >= 0 && rows <= Marks.COMMENTS + 1) {
            Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress("'" + targetSheet.replace("'", "''") + "'!" + new CellReference(row, column).formatAsString(false));
            r.getCell(5).setHyperlink(link);
        }
    }

    private static void text(Row r, int c, String s) {
        if (s != null && !s.isEmpty()) {
            r.createCell(c).setCellValue(CellText.safe(s));
        }
    }

    int findings() {
        return rows - 1;
    }
}
