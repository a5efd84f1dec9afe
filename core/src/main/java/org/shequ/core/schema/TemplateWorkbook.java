package org.shequ.core.schema;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shequ.core.Words;
import org.shequ.core.io.NewWorkbook;
import org.shequ.core.io.Stamp;

/**
 * The Excel fill-in template of one or more kinds: a sheet per kind with the Chinese headers
 * (unit in brackets), the unit, range and whether a field is required as a note on each header,
 * drop-downs for enums and yes/no fields, the header row frozen, codes formatted as text.
 */
public final class TemplateWorkbook {
    /** Rows below the header that carry the drop-downs and text formats. */
    static final int ROWS = 5000;

    private TemplateWorkbook() {
    }

    public static void write(List<Kind> kinds, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = NewWorkbook.inMemory()) {
            XSSFCellStyle head = headStyle(wb);
            XSSFCellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            for (Kind k : kinds) {
                sheet(wb, k, head, text);
            }
            Stamp.write(wb, out);
        }
    }

    /** The header of a fill-in sheet: bold on light blue, a line below, wrapped (the template's and the forms'). */
    public static XSSFCellStyle headStyle(XSSFWorkbook wb) {
        XSSFCellStyle head = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        head.setFont(bold);
        head.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        head.setBorderBottom(BorderStyle.THIN);
        head.setWrapText(true);
        return head;
    }

    private static void sheet(XSSFWorkbook wb, Kind k, XSSFCellStyle head, XSSFCellStyle text) {
        XSSFSheet sheet = wb.createSheet(k.label());
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        DataValidationHelper dv = sheet.getDataValidationHelper();
        Row row = sheet.createRow(0);
        row.setHeightInPoints(32);
        for (Field f : k.fields()) {
            int c = f.index();
            Cell cell = row.createCell(c);
            cell.setCellValue(f.header());
            cell.setCellStyle(head);
            sheet.setColumnWidth(c, Math.min(40, Math.max(10, f.header().length() * 2 + 2)) * 256);
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 3);
            anchor.setRow1(0);
            anchor.setRow2(4);
            Comment note = drawing.createCellComment(anchor);
            note.setString(wb.getCreationHelper().createRichTextString(note(f)));
            note.setAuthor("shequ");
            cell.setCellComment(note);
            CellRangeAddressList body = new CellRangeAddressList(1, ROWS, c, c);
            List<String> choices = choices(f);
            if (!choices.isEmpty()) {
                DataValidation v = dv.createValidation(dv.createExplicitListConstraint(choices.toArray(String[]::new)), body);
                v.setShowErrorBox(true);
                v.setSuppressDropDownArrow(true);
                sheet.addValidationData(v);
            }
            if (f.type() == FieldType.CODE || f.type() == FieldType.TEXT) {
                sheet.setDefaultColumnStyle(c, text);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static List<String> choices(Field f) {
        return switch (f.type()) {
            case BOOLEAN -> List.of(Words.get("schema.template.yes"), Words.get("schema.template.no"));
            case ENUM -> f.values().stream().map(EnumValue::label).toList();
            default -> List.of();
        };
    }

    static String note(Field f) {
        StringBuilder s = new StringBuilder(f.label()).append(" (").append(f.key()).append(")");
        if (f.unit() != null) {
            s.append(Words.format("schema.template.note.unit", f.unit()));
        }
        String r = range(f);
        if (!r.isEmpty()) {
            s.append(Words.format("schema.template.note.range", r));
        }
        s.append(Words.format("schema.template.note.type", f.type().key()));
        if (f.required()) {
            s.append(Words.get("schema.template.note.required"));
        }
        return s.toString();
    }

    /** The range as people write it: "≥ 0", "0–100", "≤ 1000". */
    public static String range(Field f) {
        if (f.min() != null && f.max() != null) {
            return plain(f.min()) + "–" + plain(f.max());
        }
        if (f.min() != null) {
            return "≥ " + plain(f.min());
        }
        if (f.max() != null) {
            return "≤ " + plain(f.max());
        }
        return "";
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
