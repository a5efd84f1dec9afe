package org.shequ.core.output.diff;

import java.io.IOException;
import java.io.OutputStream;
import org.shequ.core.aggregate.Diff;

/** Writes a comparison of two periods in one format. */
public interface DiffWriter {
    void write(Diff.Result diff, boolean zh, OutputStream out) throws IOException;
}
