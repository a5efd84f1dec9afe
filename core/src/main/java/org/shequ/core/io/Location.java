package org.shequ.core.io;

import java.util.Objects;

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

    // written out: a record's own equals and hashCode are made from method handles the first time
    // they run, a dozen classes generated at the start of every run (this one is the first compared)
    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && line == l.line && Objects.equals(file, l.file)
                && Objects.equals(sheet, l.sheet) && Objects.equals(field, l.field);
    }

    @Override
    public int hashCode() {
        return (Objects.hashCode(file) * 31 + Objects.hashCode(sheet)) * 31 * 31
                + line * 31 + Objects.hashCode(field);
    }
}
