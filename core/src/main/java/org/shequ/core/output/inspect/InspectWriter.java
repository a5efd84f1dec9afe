package org.shequ.core.output.inspect;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.shequ.core.Messages;
import org.shequ.core.validate.Inspector;

/** Writes how files were read, in one format. */
public interface InspectWriter {
    void write(List<Inspector.FileLayout> files, Messages messages, Writer out) throws IOException;
}
