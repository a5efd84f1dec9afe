package org.shequ.core.render;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a rendered document in one format. */
public interface DocumentWriter {
    void write(MarkdownDocument doc, OutputStream out) throws IOException;
}
