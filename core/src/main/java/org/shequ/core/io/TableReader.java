package org.shequ.core.io;

import java.io.IOException;

/** Streams the rows of one file to a handler, keeping each value's location. */
public interface TableReader {

    /**
     * Reads {@code file}. Problems in the file are reported to the handler as
     * {@link ReadProblem}s; an IOException means the file could not be opened at all.
     */
    void read(SourceFile file, TableHandler handler) throws IOException;
}
