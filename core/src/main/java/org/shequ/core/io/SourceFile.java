package org.shequ.core.io;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A file to read: its path, the name findings show (as given, or relative to the workspace),
 * and optionally the sheet to read and an encoding that overrides detection.
 */
public record SourceFile(Path path, String name, String sheet, Charset encoding, String kind) {

    public static SourceFile of(Path path, String name) {
        return new SourceFile(path, name, null, null, null);
    }

    public SourceFile withEncoding(Charset forced) {
        return new SourceFile(path, name, sheet, forced, kind);
    }
}
