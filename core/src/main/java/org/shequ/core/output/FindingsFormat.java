package org.shequ.core.output;

import java.util.function.Supplier;

/** The output formats of findings (docs/contract.md); one writer class each. */
public enum FindingsFormat {
    TEXT(TextWriter::new),
    JSON(JsonWriter::new),
    SARIF(SarifWriter::new),
    JUNIT(JunitWriter::new),
    GITHUB(GithubWriter::new),
    CSV(CsvWriter::new),
    HTML(HtmlWriter::new);

    private final Supplier<FindingsWriter> writer;

    FindingsFormat(Supplier<FindingsWriter> writer) {
        this.writer = writer;
    }

    public FindingsWriter writer() {
        return writer.get();
    }
}
