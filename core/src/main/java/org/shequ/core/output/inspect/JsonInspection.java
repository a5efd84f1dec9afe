package org.shequ.core.output.inspect;

import org.shequ.core.schema.Period;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.shequ.core.Messages;
import org.shequ.core.validate.Column;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Inspector;
import org.shequ.core.validate.RowKind;
import org.shequ.core.validate.TableLayout;
import java.util.Locale;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * {"files": [{"file", "tables": [{"sheet", "kind", "records", "header": [lines], "period",
 * "period_from", "title", "columns": [{"column", "header", "field", "status", "via"}], "skipped":
 * {"total": [lines], …}}], "notes": [{"rule", "severity", "sheet", "line", "message"}]}]}
 */
final class JsonInspection implements InspectWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public void write(List<Inspector.FileLayout> files, Messages m, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("files");
            for (Inspector.FileLayout f : files) {
                g.writeStartObject();
                g.writeStringField("file", f.file());
                g.writeArrayFieldStart("tables");
                for (TableLayout t : f.tables()) {
                    table(g, t);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("notes");
                for (Finding n : f.notes()) {
                    g.writeStartObject();
                    g.writeStringField("rule", n.rule());
                    g.writeStringField("severity", n.severity().key());
                    g.writeStringField("sheet", n.location().sheet());
                    g.writeNumberField("line", n.location().line());
                    g.writeStringField("message", m.format(n.messageKey(), n.args()));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void table(JsonGenerator g, TableLayout t) throws IOException {
        g.writeStartObject();
        g.writeStringField("sheet", t.sheet());
        g.writeStringField("kind", t.binding() == null ? null : t.binding().kind().name());
        g.writeNumberField("records", t.records());
        g.writeArrayFieldStart("header");
        if (t.binding() != null) {
            for (int line : t.binding().lines()) {
                g.writeNumber(line);
            }
        }
        g.writeEndArray();
        if (t.period() == null) {
            g.writeNullField("period");
        } else {
            g.writeObjectField("period", t.period().value());
        }
        g.writeStringField("period_from", t.periodFrom().name().toLowerCase(Locale.ROOT));
        g.writeStringField("title", t.title());
        g.writeArrayFieldStart("columns");
        if (t.binding() != null) {
            for (Column c : t.binding().columns()) {
                g.writeStartObject();
                g.writeStringField("column", c.letter());
                g.writeStringField("header", c.header());
                g.writeStringField("field", c.field() == null ? null : c.field().key());
                g.writeStringField("status", c.status().name().toLowerCase(Locale.ROOT));
                g.writeStringField("via", c.via());
                if (c.field() != null && c.field().unit() != null && !c.field().unit().isEmpty()) {
                    g.writeStringField("unit", c.unit() != null ? c.unit() : c.field().unit());
                    g.writeStringField("field_unit", c.field().unit());
                    if (c.conversion() != null) {
                        g.writeNumberField("factor", c.conversion().factor());
                    }
                }
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeObjectFieldStart("skipped");
        for (Map.Entry<RowKind, List<Integer>> e : t.skipped().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            g.writeArrayFieldStart(e.getKey().key());
            for (int line : e.getValue()) {
                g.writeNumber(line);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
