package org.shequ.core.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The Markdown as the template rendered it (front matter, chart blocks and all), UTF-8. */
final class MarkdownWriter implements DocumentWriter {
    @Override
    public void write(MarkdownDocument doc, OutputStream out) throws IOException {
        out.write(doc.markdown().getBytes(StandardCharsets.UTF_8));
    }
}
