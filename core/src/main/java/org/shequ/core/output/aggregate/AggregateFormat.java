package org.shequ.core.output.aggregate;

import java.util.function.Supplier;

/** The output formats of aggregates (docs/contract.md); one writer class each. */
public enum AggregateFormat {
    TABLE(TableAggregates::new, false),
    CSV(CsvAggregates::new, false),
    JSON(JsonAggregates::new, false),
    MD(MarkdownAggregates::new, false),
    XLSX(XlsxAggregates::new, true);

    private final Supplier<AggregateWriter> writer;
    private final boolean binary;

    AggregateFormat(Supplier<AggregateWriter> writer, boolean binary) {
        this.writer = writer;
        this.binary = binary;
    }

    public AggregateWriter writer() {
        return writer.get();
    }

    /** Whether the format needs a file (it cannot go to a terminal). */
    public boolean binary() {
        return binary;
    }
}
