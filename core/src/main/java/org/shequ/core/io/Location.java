package org.shequ.core.io;

/**
 * Where a value was read: the file as the user named it, the sheet (XLSX/XLS only), the
 * 1-based line (CSV physical line, Excel row number, YAML node line) and the field key.
 * Any part may be absent (null, or 0 for the line). How it is printed is up to each output.
 */
public record Location(String file, String sheet, int line, String field) {

    public static Location ofFile(String file) {
        return new Location(file, null, 0, null);
    }

    public Location atLine(int newLine) {
        return new Location(file, sheet, newLine, field);
    }

    public Location withField(String newField) {
        return new Location(file, sheet, line, newField);
    }
}
