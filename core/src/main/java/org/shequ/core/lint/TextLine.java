package org.shequ.core.lint;

/** One line of a document's text as a reader sees it, markup removed: its 1-based line (a paragraph in docx). */
public record TextLine(int line, String text) {
}
