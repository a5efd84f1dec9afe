package org.shequ.core.io;

/**
 * One row as read, before any typing: the text of each cell by column position, the row's
 * 1-based line, and, for YAML, each cell's own line ({@code cellLines}, else null).
 */
public record RawRow(int line, String[] cells, int[] cellLines) {

    public RawRow(int line, String[] cells) {
        this(line, cells, null);
    }

    public String cell(int column) {
        return column < cells.length ? cells[column] : null;
    }

    public int lineOf(int column) {
        return cellLines != null && column < cellLines.length && cellLines[column] > 0 ? cellLines[column] : line;
    }

    /** True when every cell is empty or blank (an empty line in CSV, an empty Excel row). */
    public boolean blank() {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
