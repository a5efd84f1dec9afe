package org.shequ.core.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;

/** SARIF 2.1.0 for code-scanning tools: one run, the rules seen, one result per finding. */
final class SarifWriter implements FindingsWriter {

    @Override
    public void write(Report report, View view, Writer out) throws IOException {
        List<Finding> shown = view.shown(report);
        TreeSet<String> seen = new TreeSet<>();
        for (Finding f : shown) {
            seen.add(f.rule());
        }
        List<String> rules = new ArrayList<>(seen);
        try (JsonGenerator g = JsonWriter.generator(out)) {
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "shequ");
            g.writeStringField("version", view.version());
            g.writeArrayFieldStart("rules");
            for (String id : rules) {
                g.writeStartObject();
                g.writeStringField("id", id);
                g.writeObjectFieldStart("shortDescription");
                g.writeStringField("text", id);
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (Finding f : shown) {
                result(g, f, rules.indexOf(f.rule()), view);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
    }

    private static void result(JsonGenerator g, Finding f, int ruleIndex, View view) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", switch (f.severity()) { case ERROR -> "error"; case WARNING -> "warning"; case INFO -> "note"; });
        g.writeObjectFieldStart("message");
        g.writeStringField("text", view.message(f));
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", f.location().file() == null ? "" : f.location().file());
        g.writeEndObject();
        if (f.location().line() > 0) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", f.location().line());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("properties");
        g.writeStringField("sheet", f.location().sheet());
        g.writeStringField("field", f.location().field());
        g.writeStringField("unit", f.unit());
        g.writeStringField("unit_name", f.unitName());
        g.writeFieldName("actual");
        g.writeObject(f.actual());
        g.writeStringField("expected", f.expected());
        g.writeEndObject();
        g.writeEndObject();
    }
}
