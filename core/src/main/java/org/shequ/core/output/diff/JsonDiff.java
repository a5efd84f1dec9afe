package org.shequ.core.output.diff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import org.shequ.core.aggregate.Diff;
import java.util.List;

/**
 * {"added", "removed", "renamed", "changes", "levels"}: units by code and name, value changes
 * with before/after, and per level every metric's before, after and delta.
 */
final class JsonDiff implements DiffWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(Diff.Result d, boolean zh, OutputStream out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("from", MAPPER.valueToTree(d.from() == null ? null : d.from().value())); // a year as a number, a quarter as 2023Q1
        root.set("to", MAPPER.valueToTree(d.to() == null ? null : d.to().value()));
        units(root.putArray("added"), d.added(), false);
        units(root.putArray("removed"), d.removed(), true);
        ArrayNode renamed = root.putArray("renamed");
        d.renamed().forEach(u -> renamed.addObject().put("code", u.code()).put("old_name", u.oldName()).put("new_name", u.newName()));
        root.put("threshold", d.threshold());
        ArrayNode changes = root.putArray("changes");
        d.changes().forEach(c -> changes.addObject().put("code", c.code()).put("name", c.name()).put("field", c.field().key())
                .put("before", c.before()).put("after", c.after()));
        ArrayNode levels = root.putArray("levels");
        for (Diff.LevelDelta l : d.levels()) {
            ObjectNode level = levels.addObject();
            level.put("by", l.by());
            ArrayNode rows = level.putArray("rows");
            for (Diff.RowDelta r : l.rows()) {
                ObjectNode row = rows.addObject();
                row.put("code", r.code());
                row.put("name", r.name());
                ObjectNode metrics = row.putObject("metrics");
                r.metrics().forEach((k, v) -> {
                    ObjectNode m = metrics.putObject(k);
                    m.set("before", MAPPER.valueToTree(v[0]));
                    m.set("after", MAPPER.valueToTree(v[1]));
                    if (v[0] != null && v[1] != null) {
                        m.put("delta", Math.round((v[1].doubleValue() - v[0].doubleValue()) * 10000) / 10000.0);
                    } else {
                        m.putNull("delta");
                    }
                });
            }
        }
        MAPPER.writeValue(out, root);
        out.write('\n');
    }

    private static void units(ArrayNode a, List<Diff.UnitChange> units, boolean old) {
        units.forEach(u -> a.addObject().put("code", u.code()).put("name", old ? u.oldName() : u.newName()));
    }
}
