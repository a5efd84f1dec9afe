package org.shequ.cli.output.aggregate;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.shequ.core.aggregate.Level;
import org.shequ.core.aggregate.Row;

/**
 * CONTRACT.md's aggregates JSON: {"by", "period", "rows", "total"}, each row with code, name,
 * units, metrics and the failing units per rule. Several levels: an array of such objects.
 */
final class JsonAggregates implements AggregateWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void write(List<Level> levels, View view, OutputStream out) throws IOException {
        JsonNode root;
        if (levels.size() == 1) {
            root = level(levels.get(0), view);
        } else {
            ArrayNode all = MAPPER.createArrayNode();
            levels.forEach(l -> all.add(level(l, view)));
            root = all;
        }
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("").withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));
        out.write(MAPPER.writer(pp).writeValueAsBytes(root));
        out.write('\n');
    }

    private static ObjectNode level(Level l, View view) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("by", l.by());
        if (view.period() == null) {
            n.putNull("period");
        } else {
            n.put("period", view.period());
        }
        ArrayNode rows = n.putArray("rows");
        l.rows().forEach(r -> rows.add(row(r)));
        n.set("total", row(l.total()));
        return n;
    }

    private static ObjectNode row(Row r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("code", r.code());
        n.put("name", r.name());
        n.put("units", r.units());
        ObjectNode m = n.putObject("metrics");
        r.metrics().forEach((k, v) -> m.set(k, MAPPER.valueToTree(v)));
        ObjectNode f = n.putObject("failing");
        r.failing().forEach((rule, names) -> {
            ArrayNode a = f.putArray(rule);
            names.forEach(a::add);
        });
        return n;
    }
}
