package org.shequ.core.output.aggregate;

import org.shequ.core.schema.Period;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.shequ.core.aggregate.Level;
import org.shequ.core.aggregate.Row;

/**
 * The aggregates JSON of docs/contract.md: {"by", "period", "rows", "total"}, each row with code, name,
 * units, metrics, {@code missing} (per incomplete metric, the units that did not report a value it
 * needs) and the failing units per rule. Several levels or periods: an array of such objects,
 * period after period.
 * Streamed, so a national township level never sits in memory as a tree.
 */
final class JsonAggregates implements AggregateWriter {
    /** Jackson's own shortest-form double writer: the same digits as Double.toString for these values, faster. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    @Override
    public void write(List<Level> levels, View view, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("").withArrayEmptySeparator(""))
                    .withObjectIndenter(Indenter.INSTANCE).withArrayIndenter(Indenter.INSTANCE));
            if (levels.size() != 1) {
                g.writeStartArray();
            }
            for (Level l : levels) {
                level(g, l, view);
            }
            if (levels.size() != 1) {
                g.writeEndArray();
            }
            g.writeRaw('\n');
        }
    }

    private static void level(JsonGenerator g, Level l, View view) throws IOException {
        g.writeStartObject();
        g.writeStringField("by", l.by());
        if (l.period() == null) {
            g.writeNullField("period");
        } else {
            g.writeObjectField("period", l.period().value()); // a year as a number, a part of one as 2023Q1
        }
        g.writeArrayFieldStart("rows");
        for (Row r : l.rows()) {
            row(g, r);
        }
        g.writeEndArray();
        g.writeFieldName("total");
        row(g, l.total());
        g.writeEndObject();
    }

    private static void row(JsonGenerator g, Row r) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", r.code());
        g.writeStringField("name", r.name());
        g.writeNumberField("units", r.units());
        g.writeObjectFieldStart("metrics");
        for (Map.Entry<String, Number> e : r.metrics().entrySet()) {
            g.writeFieldName(e.getKey());
            if (r.reported(e.getKey()) == null) {
                g.writeNull(); // no unit reported it: null, not 0 (missing says how many did not)
            } else if (e.getValue() instanceof Long v) {
                g.writeNumber(v);
            } else {
                g.writeNumber(e.getValue().doubleValue());
            }
        }
        g.writeEndObject();
        g.writeObjectFieldStart("missing");
        for (Map.Entry<String, Long> e : r.missing().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("failing");
        for (Map.Entry<String, List<String>> e : r.failing().entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (String name : e.getValue()) {
                g.writeString(name);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * A line break and two spaces per level, as DefaultIndenter("  ", "\n") writes them, but from
     * bytes prepared once: a national township level is some 80 MB, much of it indentation.
     */
    private static final class Indenter implements DefaultPrettyPrinter.Indenter {
        static final Indenter INSTANCE = new Indenter();
        private static final SerializedString[] LEVELS = new SerializedString[16];

        static {
            for (int i = 0; i < LEVELS.length; i++) {
                LEVELS[i] = new SerializedString("\n" + "  ".repeat(i));
            }
        }

        @Override
        public void writeIndentation(JsonGenerator g, int level) throws IOException {
            g.writeRaw(level < LEVELS.length ? LEVELS[level] : new SerializedString("\n" + "  ".repeat(level)));
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }
}
