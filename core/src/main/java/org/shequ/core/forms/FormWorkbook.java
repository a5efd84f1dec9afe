package org.shequ.core.forms;

import org.shequ.core.Vocabulary;
import org.shequ.core.Words;
import org.shequ.core.schema.Period;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shequ.core.io.CellText;
import org.shequ.core.io.NewWorkbook;
import org.shequ.core.io.Stamp;
import org.shequ.core.schema.EnumValue;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.FieldType;
import org.shequ.core.schema.Kind;
import org.shequ.core.schema.TemplateWorkbook;

/**
 * One fill-in form: a sheet per township (one for a township's form, several for a county's), the
 * dictionary's headers in row 1 and a row per registered unit below, its code, name, township and
 * period filled and locked (the sheet is protected without a password, so a slip is stopped, not a
 * decision); every other cell open, checked as it is typed (whole numbers, decimals in the field's
 * range, drop-downs for yes/no and enumerations) with an input message saying what the field is and
 * its unit. Then 上期数据（仅供参考）, the last period's values of the same units, locked, and
 * 填报说明 ({@link Instructions}): both are sheets shequ does not read as data.
 */
final class FormWorkbook {
    /** The sheet of last period's values: its name says it is for reference, so it is not read. */
    static final String REFERENCE = Words.get("forms.sheet.reference");
    static final String INSTRUCTIONS = Words.get("forms.sheet.instructions");
    /** A unit of ten thousands (万元, 万人): its prompt says it is not the unit itself. */
    private static final String TEN_THOUSAND = Vocabulary.word("FormWorkbook.TEN_THOUSAND");
    /** Fields filled from the registry and the period, and locked. */
    private static final List<String> GIVEN = List.of("code", "name", "township", "period");

    private final Kind kind;
    private final Period period;

    FormWorkbook(Kind kind, Period period) {
        this.kind = kind;
        this.period = period;
    }

    /** One township's units: its name (the sheet's) and each unit's code and name. */
    record Township(String code, String name, List<String[]> units) {
    }

    void write(List<Township> townships, Map<String, Map<String, Object>> last, Period lastPeriod, List<String> instructions,
               OutputStream out) throws IOException {
        try (XSSFWorkbook wb = NewWorkbook.inMemory()) {
            Styles styles = new Styles(wb);
            for (Township t : townships) {
                form(wb, styles, t);
            }
            reference(wb, styles, townships, last, lastPeriod);
            Instructions.sheet(wb, styles.head, INSTRUCTIONS, instructions);
            wb.setActiveSheet(0);
            Stamp.write(wb, out);
        }
    }

    private void form(XSSFWorkbook wb, Styles styles, Township t) {
        XSSFSheet sheet = wb.createSheet(t.name());
        header(sheet, styles);
        DataValidationHelper dv = sheet.getDataValidationHelper();
        int rows = t.units().size();
        for (int i = 0; i < rows; i++) {
            String[] unit = t.units().get(i);
            Row row = sheet.createRow(i + 1);
            for (Field f : kind.fields()) {
                Cell cell = row.createCell(f.index());
                switch (f.key()) {
                    case "code" -> cell.setCellValue(unit[0]);
                    case "name" -> cell.setCellValue(CellText.safe(unit[1]));
                    case "township" -> cell.setCellValue(CellText.safe(t.name()));
                    case "period" -> {
                        if (period.isYear()) {
                            cell.setCellValue(period.year());
                        } else {
                            cell.setCellValue(period.toString());
                        }
                    }
                    default -> {
                        if (f.key().equals("type") && unit.length > 2 && unit[2] != null) {
                            cell.setCellValue(unit[2]); // last period's type, a drop-down to change
                        }
                    }
                }
                cell.setCellStyle(GIVEN.contains(f.key()) ? styles.locked : f.type() == FieldType.TEXT || f.type() == FieldType.CODE
                        ? styles.openText : styles.open);
            }
        }
        if (rows > 0) {
            for (Field f : kind.fields()) {
                if (!GIVEN.contains(f.key())) {
                    validation(sheet, dv, f, rows);
                }
            }
        }
        sheet.createFreezePane(2, 1);
        protect(sheet);
    }

    /** Locked cells stay as they are; no password (a slip is stopped, not a decision), columns may be widened. */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    private void header(XSSFSheet sheet, Styles styles) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(32);
        for (Field f : kind.fields()) {
            Cell cell = row.createCell(f.index());
            cell.setCellValue(f.header());
            cell.setCellStyle(styles.head);
            int width = f.key().equals("code") ? 16 : f.key().equals("name") || f.type() == FieldType.LIST ? 24
                    : Math.min(30, Math.max(10, f.header().length() * 2 + 2));
            sheet.setColumnWidth(f.index(), width * 256);
        }
    }

    /** The check of a field's cells as they are typed, with its input message. */
    private static void validation(XSSFSheet sheet, DataValidationHelper dv, Field f, int rows) {
        DataValidationConstraint c = constraint(dv, f);
        if (c == null) {
            return;
        }
        DataValidation v = dv.createValidation(c, new CellRangeAddressList(1, rows, f.index(), f.index()));
        v.setShowErrorBox(true);
        v.setSuppressDropDownArrow(c.getValidationType() == DataValidationConstraint.ValidationType.LIST);
        String about = prompt(f);
        v.createPromptBox(shorten(f.label(), 32), shorten(about, 255));
        v.setShowPromptBox(true);
        v.createErrorBox(Words.get("forms.prompt.title"), shorten(about, 255));
        sheet.addValidationData(v);
    }

    private static DataValidationConstraint constraint(DataValidationHelper dv, Field f) {
        String min = f.min() == null ? null : plain(f.min());
        String max = f.max() == null ? null : plain(f.max());
        int op = min != null && max != null ? DataValidationConstraint.OperatorType.BETWEEN
                : min != null ? DataValidationConstraint.OperatorType.GREATER_OR_EQUAL
                : max != null ? DataValidationConstraint.OperatorType.LESS_OR_EQUAL : DataValidationConstraint.OperatorType.BETWEEN;
        String low = min != null ? min : max != null ? max : "-1E+15";
        String high = min != null && max != null ? max : min == null && max == null ? "1E+15" : null;
        return switch (f.type()) {
            case INTEGER -> dv.createIntegerConstraint(op, low, high);
            case DECIMAL, PERCENT -> dv.createDecimalConstraint(op, low, high);
            case BOOLEAN -> dv.createExplicitListConstraint(new String[] {Words.get("forms.yes"), Words.get("forms.no")});
            case ENUM -> dv.createExplicitListConstraint(f.values().stream().map(EnumValue::label).toArray(String[]::new));
            // any text: the check only carries the input message
            case TEXT, LIST -> dv.createTextLengthConstraint(DataValidationConstraint.OperatorType.LESS_OR_EQUAL, "32767", null);
            default -> null;
        };
    }

    /** What the input message says: the field, its unit and range, whether it is required. */
    static String prompt(Field f) {
        StringBuilder s = new StringBuilder(f.label());
        if (f.unit() != null && !f.unit().isEmpty()) {
            s.append(Words.format("forms.prompt.unit", f.unit()));
            if (f.unit().startsWith(TEN_THOUSAND)) {
                s.append(Words.format("forms.prompt.notUnit", f.unit().substring(1)));
            }
        }
        String range = TemplateWorkbook.range(f);
        if (!range.isEmpty()) {
            s.append(Words.format("forms.prompt.range", range));
        }
        s.append(switch (f.type()) {
            case INTEGER -> Words.get("forms.prompt.type.integer");
            case DECIMAL -> Words.get("forms.prompt.type.decimal");
            case PERCENT -> Words.get("forms.prompt.type.percent");
            case BOOLEAN -> Words.get("forms.prompt.type.boolean");
            case ENUM -> Words.get("forms.prompt.type.enum");
            case LIST -> Words.get("forms.prompt.type.list");
            default -> "";
        });
        if (f.required()) {
            s.append(Words.get("forms.prompt.required"));
        }
        return s.toString();
    }

    private void reference(XSSFWorkbook wb, Styles styles, List<Township> townships, Map<String, Map<String, Object>> last, Period lastPeriod) {
        XSSFSheet sheet = wb.createSheet(REFERENCE);
        header(sheet, styles);
        int r = 1;
        for (Township t : townships) {
            for (String[] unit : t.units()) {
                Map<String, Object> values = last.get(unit[0]);
                if (values == null) {
                    continue;
                }
                Row row = sheet.createRow(r++);
                for (Field f : kind.fields()) {
                    Object v = f.key().equals("period") ? lastPeriod.value() : values.get(f.key());
                    Cell cell = row.createCell(f.index());
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v != null) {
                        cell.setCellValue(CellText.safe(v.toString()));
                    }
                    cell.setCellStyle(styles.locked);
                }
            }
        }
        sheet.createFreezePane(2, 1);
        protect(sheet);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** The few styles of a form: header, locked (given), open (to fill), open as text. */
    private static final class Styles {
        final XSSFCellStyle head;
        final XSSFCellStyle locked;
        final XSSFCellStyle open;
        final XSSFCellStyle openText;

        Styles(XSSFWorkbook wb) {
            head = TemplateWorkbook.headStyle(wb);
            locked = wb.createCellStyle();
            locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            locked.setDataFormat(wb.createDataFormat().getFormat("@"));
            locked.setLocked(true);
            open = wb.createCellStyle();
            open.setLocked(false);
            openText = wb.createCellStyle();
            openText.setLocked(false);
            openText.setDataFormat(wb.createDataFormat().getFormat("@"));
        }
    }
}
