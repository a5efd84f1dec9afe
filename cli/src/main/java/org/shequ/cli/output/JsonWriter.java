package org.shequ.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Summary;

/** CONTRACT.md's findings JSON, every key always present (null when it does not apply). */
final class JsonWriter implements FindingsWriter {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(Report report, View view, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("tool", "shequ");
        root.put("version", view.version());
        Summary s = report.summary();
        ObjectNode summary = root.putObject("summary");
        summary.put("files", s.files());
        summary.put("records", s.records());
        summary.put("error", s.error());
        summary.put("warning", s.warning());
        summary.put("info", s.info());
        summary.put("suppressed", s.suppressed());
        int omitted = view.omitted(report);
        if (omitted > 0) {
            summary.put("omitted", omitted);
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : view.shown(report)) {
            findings.add(finding(f, view));
        }
        write(root, out);
    }

    static ObjectNode finding(Finding f, View view) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("rule", f.rule());
        n.put("severity", f.severity().key());
        n.put("file", f.location().file());
        n.put("sheet", f.location().sheet());
        if (f.location().line() > 0) {
            n.put("line", f.location().line());
        } else {
            n.putNull("line");
        }
        n.put("field", f.location().field());
        n.put("unit", f.unit());
        n.put("unit_name", f.unitName());
        n.put("message", view.message(f));
        n.set("actual", MAPPER.valueToTree(f.actual()));
        n.put("expected", f.expected());
        return n;
    }

    static void write(ObjectNode root, Writer out) throws IOException {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        MAPPER.writer(pp).writeValue(out, root);
        out.write("\n");
    }
}
