package org.shequ.core.render;

import org.shequ.core.Problem;

/** The formats a document is written in: one writer each. */
public enum DocumentFormat {
    MD("md", new MarkdownWriter()),
    HTML("html", new HtmlWriter()),
    DOCX("docx", new DocxWriter()),
    XLSX("xlsx", new XlsxTablesWriter());

    private final String extension;
    private final DocumentWriter writer;

    DocumentFormat(String extension, DocumentWriter writer) {
        this.extension = extension;
        this.writer = writer;
    }

    public String extension() {
        return extension;
    }

    public DocumentWriter writer() {
        return writer;
    }

    /** The format named by {@code name} (md, html, docx, xlsx), case-insensitive. */
    public static DocumentFormat of(String name) {
        for (DocumentFormat f : values()) {
            if (f.extension.equalsIgnoreCase(name.trim())) {
                return f;
            }
        }
        throw new Problem("render.format", name, "md, html, docx, xlsx");
    }
}
