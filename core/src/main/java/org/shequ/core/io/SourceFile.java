package org.shequ.core.io;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * A file to read: its path, the name findings show (as given, or relative to the workspace), the
 * sheets to read (empty: every visible sheet with a header), an encoding that overrides detection
 * and the kind of table it holds (null: recognised by its header).
 */
public record SourceFile(Path path, String name, List<String> sheets, Charset encoding, String kind) {

    public SourceFile {
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
    }

    public static SourceFile of(Path path, String name) {
        return new SourceFile(path, name, List.of(), null, null);
    }

    public SourceFile withEncoding(Charset forced) {
        return new SourceFile(path, name, sheets, forced, kind);
    }
}
