package org.shequ.core.output.diff;

import java.util.function.Supplier;

/** The output formats of {@code shequ diff}; one writer class each. */
public enum DiffFormat {
    TABLE(TableDiff::new, false), JSON(JsonDiff::new, false), MD(MarkdownDiff::new, false), XLSX(XlsxDiff::new, true);

    private final Supplier<DiffWriter> writer;
    private final boolean binary;

    DiffFormat(Supplier<DiffWriter> writer, boolean binary) {
        this.writer = writer;
        this.binary = binary;
    }

    public DiffWriter writer() {
        return writer.get();
    }

    public boolean binary() {
        return binary;
    }
}
