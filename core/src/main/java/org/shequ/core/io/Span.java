package org.shequ.core.io;

/**
 * A merged cell range of a worksheet: rows as 1-based line numbers (as {@link RawRow#line()}),
 * columns 0-based. Only the top-left cell of a merged range holds text.
 */
public record Span(int firstLine, int lastLine, int firstColumn, int lastColumn) {

    public boolean covers(int line, int column) {
        return line >= firstLine && line <= lastLine && column >= firstColumn && column <= lastColumn;
    }
}
