package org.shequ.core.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Summary;

/** The findings JSON of docs/contract.md, every key always present (null when it does not apply). */
final class JsonWriter implements FindingsWriter {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(Report report, View view, Writer out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            g.writeStringField("tool", "shequ");
            g.writeStringField("version", view.version());
            Summary s = report.summary();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", s.files());
            g.writeNumberField("records", s.records());
            g.writeNumberField("error", s.error());
            g.writeNumberField("warning", s.warning());
            g.writeNumberField("info", s.info());
            g.writeNumberField("suppressed", s.suppressed());
            int omitted = view.omitted(report);
            if (omitted > 0) {
                g.writeNumberField("omitted", omitted);
            }
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (Finding f : view.shown(report)) {
                finding(g, f, view);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
    }

    /** One finding as an object, every key present. */
    static void finding(JsonGenerator g, Finding f, View view) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        g.writeStringField("severity", f.severity().key());
        g.writeStringField("file", f.location().file());
        g.writeStringField("sheet", f.location().sheet());
        if (f.location().line() > 0) {
            g.writeNumberField("line", f.location().line());
        } else {
            g.writeNullField("line");
        }
        g.writeStringField("field", f.location().field());
        g.writeStringField("unit", f.unit());
        g.writeStringField("unit_name", f.unitName());
        g.writeStringField("message", view.message(f));
        g.writeFieldName("actual");
        g.writeObject(f.actual());
        g.writeStringField("expected", f.expected());
        g.writeEndObject();
    }

    /** A generator that writes as the whole report always has: two spaces, "key": value; streamed, never a tree. */
    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = MAPPER.createGenerator(out);
        g.setPrettyPrinter(printer());
        return g;
    }

    private static DefaultPrettyPrinter printer() {
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    static void write(ObjectNode root, Writer out) throws IOException {
        MAPPER.writer(printer()).writeValue(out, root);
        out.write("\n");
    }
}
