package org.shequ.core.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker's output format for the Markdown templates: every value a template prints is
 * escaped, so a unit named {@code *城北*} or {@code <b>} stays text in every format and can
 * neither open emphasis nor inject HTML. Only the characters that can start inline markup or a
 * table cell are escaped; numbers and Chinese text print as they are.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Markup> {
    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();
    private static final String SPECIAL = "\\`*_[]<>|~&#!";

    private MarkdownOutputFormat() {
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String text, Writer out) throws IOException {
        out.write(escapePlainText(text));
    }

    @Override
    public String escapePlainText(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean special = SPECIAL.indexOf(c) >= 0;
            boolean newline = c == '\n' || c == '\r';
            boolean marker = Figures.marker(c);
            if ((special || newline || marker) && b == null) {
                b = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (b != null) {
                if (special) {
                    b.append('\\').append(c);
                } else if (marker) {
                    b.append('?'); // a value can never pass itself off as a figure of the document
                } else {
                    b.append(newline ? ' ' : c); // a value never breaks the paragraph or table row it is in
                }
            }
        }
        return b == null ? text : b.toString();
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markup(plainTextContent, markupContent);
    }

    /** Markdown that is already markup, as FreeMarker needs for {@code ?no_esc} and macros. */
    public static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {
        Markup(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public MarkdownOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
