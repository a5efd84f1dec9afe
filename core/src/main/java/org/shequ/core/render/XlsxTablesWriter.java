package org.shequ.core.render;

import org.shequ.core.Words;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.shequ.core.Problem;
import org.shequ.core.io.CellStyles;
import org.shequ.core.io.CellText;
import org.shequ.core.io.NewWorkbook;
import org.shequ.core.Numbers;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The document's tables (and the data of its charts) as a workbook, a sheet each, named after
 * the heading above the table: numbers as numeric cells shown with the decimals the document
 * wrote (12 → #,##0, 40.1 → #,##0.0, 40.13 → #,##0.00, 95.8% → 0.0%, 100% → 0%), codes and everything else as text safe from formula injection, the header row
 * bold and frozen, an auto-filter, and the notes under the table below it. A document without a table is an error, not an
 * empty file.
 */
final class XlsxTablesWriter implements DocumentWriter {
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9]\\d{0,7})");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}\\.\\d+");
    private static final Pattern PERCENT = Pattern.compile("-?\\d{1,12}(\\.\\d+)?%");

    @Override
    public void write(MarkdownDocument doc, OutputStream out) throws IOException {
        List<Tables.Table> tables = Tables.all(doc);
        if (tables.isEmpty()) {
            throw new Problem("render.noTables", doc.name());
        }
        Workbook wb = NewWorkbook.forCells(tables.stream().flatMap(t -> t.rows().stream()).mapToLong(List::size).sum());
        try {
            String office = doc.front("office"); // the properties are XML: characters it cannot hold become '?'
            NewWorkbook.describe(wb, office == null ? null : Wml.Run.xml(office), Wml.Run.xml(doc.title()));
            CellStyles styles = CellStyles.of(wb);
            CellStyle head = styles.head();
            CellStyle count = styles.count();
            Map<String, CellStyle> formats = new HashMap<>();
            Set<String> names = new HashSet<>();
            for (Tables.Table t : tables) {
                Sheet sheet = wb.createSheet(sheetName(t.name(), names));
                int width = 0;
                for (int r = 0; r < t.rows().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> cells = t.rows().get(r);
                    width = Math.max(width, cells.size());
                    for (int c = 0; c < cells.size(); c++) {
                        Cell cell = row.createCell(c);
                        String text = cells.get(c);
                        if (r == 0) {
                            cell.setCellValue(CellText.safe(text));
                            cell.setCellStyle(head);
                            sheet.setColumnWidth(c, Math.min(40, Math.max(10, text.length() * 2 + 2)) * 256);
                        } else if (INTEGER.matcher(text).matches()) {
                            cell.setCellValue(Long.parseLong(text));
                            cell.setCellStyle(count);
                        } else if (DECIMAL.matcher(text).matches()) {
                            cell.setCellValue(Double.parseDouble(text));
                            cell.setCellStyle(formats.computeIfAbsent("#,##0." + "0".repeat(decimals(text)), f -> CellStyles.format(wb, f)));
                        } else if (PERCENT.matcher(text).matches()) {
                            cell.setCellValue(Numbers.fraction(new BigDecimal(text.substring(0, text.length() - 1))));
                            int places = decimals(text.substring(0, text.length() - 1));
                            cell.setCellStyle(formats.computeIfAbsent(places == 0 ? "0%" : "0." + "0".repeat(places) + "%", f -> CellStyles.format(wb, f)));
                        } else {
                            cell.setCellValue(CellText.safe(text));
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
                if (width > 0) {
                    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, t.rows().size() - 1), 0, width - 1));
                }
                // the notes under the table (what ※ and — mean) after an empty row, outside the filter
                int at = t.rows().size() + 1;
                for (String note : t.notes()) {
                    sheet.createRow(at++).createCell(0).setCellValue(CellText.safe(note));
                }
            }
            NewWorkbook.write(wb, out);
        } finally {
            NewWorkbook.close(wb);
        }
    }

    /** How many decimals a number is written with: 40.10 → 2. */
    private static int decimals(String number) {
        int dot = number.indexOf('.');
        return dot < 0 ? 0 : number.length() - dot - 1;
    }

    /** A legal, unique sheet name (31 characters at most, no []:*?/\). */
    private static String sheetName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? Words.get("render.tables.sheet") : wanted.strip(), '_');
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = "_" + i;
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return name;
    }
}
