package org.shequ.core.validate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shequ.core.division.Division;
import org.shequ.core.division.DivisionRegistry;

/**
 * Test fixtures laid out the way township clerks fill in a county's sheet: a merged title, a
 * two-row header whose parents span their children, units, blank rows, 小计 and 合计 rows, a
 * signature line split over cells; written as XLSX or XLS (with merged ranges and hidden sheets)
 * or as the CSV a spreadsheet saves of one sheet (merged cells empty).
 */
final class ClerkSheets {
    /** The two header rows (parent, child) of the county's form. */
    static final String[] PARENTS = {"序号", "社区名称", "统一代码", "社区类型", "户数（户）", "常住人口（人）",
            "综合服务设施面积（平方米）", "", "", "低保", "", "群众满意度", "备注"};
    static final String[] CHILDREN = {"", "", "", "", "", "", "总面积", "其中：办公用房", "室外活动场地", "户数", "人数", "", ""};
    /** Merged ranges of the band (rows 0-based within the band, columns 0-based). */
    static final int[][] BAND_MERGES = {{0, 1, 0, 0}, {0, 1, 1, 1}, {0, 1, 2, 2}, {0, 1, 3, 3}, {0, 1, 4, 4}, {0, 1, 5, 5},
            {0, 0, 6, 8}, {0, 0, 9, 10}, {0, 1, 11, 11}, {0, 1, 12, 12}};

    /** One sheet: its name, whether hidden, its rows (null cells empty) and merged ranges (r1, r2, c1, c2; 0-based). */
    record Sheet(String name, boolean hidden, List<Object[]> rows, List<int[]> merges) {
    }

    private ClerkSheets() {
    }

    /** A unit's row of the form: 序号, name, code, type, households, population, areas, dibao, satisfaction, note. */
    static Object[] unit(int n, Division d) {
        long seed = Long.parseLong(d.code());
        int hh = 200 + (int) (seed % 700);
        double service = Math.round(hh * 0.4 * 10) / 10.0;
        return new Object[] {n, d.name(), d.code(), d.residentsCommittee() ? "城市社区" : "行政村", hh, hh * 3,
                service, Math.round(service * 0.2 * 10) / 10.0, 1200, hh / 50, hh / 25, "96.5%", null};
    }

    /** The units of a township of the registry, as rows of the form. */
    static List<Object[]> units(String township) {
        List<Object[]> rows = new ArrayList<>();
        int n = 1;
        for (Division d : DivisionRegistry.bundled().villagesUnder(township)) {
            rows.add(unit(n++, d));
        }
        return rows;
    }

    /** A 小计/合计 row whose numbers are the sums of {@code units} (plus {@code error} on the households). */
    static Object[] total(String label, List<Object[]> units, int error) {
        Object[] row = new Object[PARENTS.length];
        row[1] = label;
        for (int c : new int[] {4, 5, 6, 7, 8, 9, 10}) {
            double sum = 0;
            for (Object[] u : units) {
                sum += u[c] instanceof Number n ? n.doubleValue() : 0;
            }
            row[c] = c == 4 ? sum + error : Math.round(sum * 10) / 10.0;
        }
        return row;
    }

    /** A township's sheet: title, two-row header, units, a blank row, 小计, then {@code tail} rows. */
    static Sheet township(String name, String title, List<Object[]> units, int subtotalError, List<Object[]> tail) {
        List<Object[]> rows = new ArrayList<>();
        List<int[]> merges = new ArrayList<>();
        rows.add(new Object[] {title});
        merges.add(new int[] {0, 0, 0, PARENTS.length - 1});
        rows.add(PARENTS);
        rows.add(CHILDREN);
        for (int[] m : BAND_MERGES) {
            merges.add(new int[] {m[0] + 1, m[1] + 1, m[2], m[3]});
        }
        rows.addAll(units);
        rows.add(new Object[0]);
        rows.add(total("小计", units, subtotalError));
        rows.addAll(tail);
        return new Sheet(name, false, rows, merges);
    }

    /** The signature line as clerks type it, over several cells (审核人 lands in the 户数 column). */
    static Object[] signature() {
        Object[] row = new Object[PARENTS.length];
        row[1] = "填表人：";
        row[2] = "张三";
        row[4] = "审核人：李四";
        row[7] = "填报日期：2024年1月5日";
        return row;
    }

    static void xlsx(Path file, List<Sheet> sheets) throws IOException {
        write(file, new XSSFWorkbook(), sheets);
    }

    static void xls(Path file, List<Sheet> sheets) throws IOException {
        write(file, new HSSFWorkbook(), sheets);
    }

    private static void write(Path file, Workbook wb, List<Sheet> sheets) throws IOException {
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            for (Sheet s : sheets) {
                org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet(s.name());
                for (int r = 0; r < s.rows().size(); r++) {
                    Object[] cells = s.rows().get(r);
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < cells.length; c++) {
                        Cell cell = row.createCell(c);
                        if (cells[c] instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (cells[c] != null && !cells[c].toString().isEmpty()) {
                            cell.setCellValue(cells[c].toString());
                        }
                    }
                }
                for (int[] m : s.merges()) {
                    sheet.addMergedRegion(new CellRangeAddress(m[0], m[1], m[2], m[3]));
                }
                if (s.hidden()) {
                    wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.HIDDEN);
                }
            }
            wb.write(out);
        }
    }

    /** One sheet saved as CSV: every row as wide as the widest, merged cells empty. */
    static void csv(Path file, Charset charset, Sheet sheet) throws IOException {
        int width = sheet.rows().stream().mapToInt(r -> r.length).max().orElse(0);
        try (Writer w = Files.newBufferedWriter(file, charset);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            for (Object[] r : sheet.rows()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    Object v = c < r.length ? r[c] : null;
                    cells.add(v == null ? "" : v instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : v.toString());
                }
                p.printRecord(cells);
            }
        }
    }
}
