package org.shequ.cli.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        ObjectNode root = JsonWriter.MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "shequ");
        driver.put("version", view.version());
        List<Finding> shown = view.shown(report);
        List<String> rules = new ArrayList<>(new TreeSet<>(shown.stream().map(Finding::rule).toList()));
        ArrayNode ruleNodes = driver.putArray("rules");
        for (String id : rules) {
            ObjectNode r = ruleNodes.addObject();
            r.put("id", id);
            r.putObject("shortDescription").put("text", id);
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : shown) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.rule());
            r.put("ruleIndex", rules.indexOf(f.rule()));
            r.put("level", switch (f.severity()) { case ERROR -> "error"; case WARNING -> "warning"; case INFO -> "note"; });
            r.putObject("message").put("text", view.message(f));
            ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", f.location().file() == null ? "" : f.location().file());
            if (f.location().line() > 0) {
                physical.putObject("region").put("startLine", f.location().line());
            }
            ObjectNode props = r.putObject("properties");
            props.put("sheet", f.location().sheet());
            props.put("field", f.location().field());
            props.put("unit", f.unit());
            props.put("unit_name", f.unitName());
            props.set("actual", JsonWriter.MAPPER.valueToTree(f.actual()));
            props.put("expected", f.expected());
        }
        JsonWriter.write(root, out);
    }
}
