package org.shequ.core.lint;

/**
 * One line of a document's text as a reader sees it, markup removed: its 1-based line (a
 * paragraph in docx), and for a table cell the column's header ({@code label}), which tells a
 * check what the number in it is (完成进度 150% is a completion rate, not a share).
 */
public record TextLine(int line, String text, String label) {
    public TextLine(int line, String text) {
        this(line, text, null);
    }
}
