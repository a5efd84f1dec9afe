package org.shequ.core.render;

import static org.shequ.core.render.ReportModel.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shequ.core.Words;
import org.shequ.core.aggregate.Diff;
import org.shequ.core.aggregate.Level;

/** The comparison with the previous period as a template sees it ({@code diff}). */
final class DiffModel {
    private DiffModel() {
    }

    /**
     * The comparison with the previous period: units added, removed and renamed, values that
     * changed by more than the threshold, and for every level row each metric's before, after and
     * change ({@code diff.levels.township[i].m.households.change}); the total row as {@code diff.total}.
     */
    static Map<String, Object> diff(Diff.Result d, List<Level> now) {
        Map<String, Object> levels = new LinkedHashMap<>();
        Object total = null;
        for (Diff.LevelDelta l : d.levels()) {
            List<Object> rows = new ArrayList<>();
            // the rows of this period, then its total, then the groups only the previous period had
            int totalAt = now.stream().filter(x -> x.by().equals(l.by())).findFirst().map(x -> x.rows().size()).orElse(-1);
            for (Diff.RowDelta r : l.rows()) {
                Map<String, Object> metrics = new LinkedHashMap<>();
                r.metrics().forEach((k, v) -> {
                    Number before = v[0];
                    Number after = v[1];
                    long[] missing = r.missing().getOrDefault(k, new long[2]);
                    metrics.put(k, map("before", before, "after", after,
                            "change", before == null || after == null ? null : after.doubleValue() - before.doubleValue(),
                            "missing_before", missing[0], "missing_after", missing[1],
                            "unreported", missing[0] + missing[1] == 0 ? ""
                                    : Words.format("render.model.diff.unreported",
                                            (missing[1] > 0 ? Words.format("render.model.diff.unreported.now", missing[1]) : "")
                                            + (missing[0] > 0 && missing[1] > 0 ? Words.get("render.model.separator") : "")
                                            + (missing[0] > 0 ? Words.format("render.model.diff.unreported.before", missing[0]) : ""))));
                });
                Map<String, Object> row = map("code", r.code(), "name", r.name(), "m", metrics);
                if (rows.size() == totalAt) {
                    total = row;
                }
                rows.add(row);
            }
            levels.put(l.by(), rows);
        }
        return map("added", d.added().stream().map(u -> map("code", u.code(), "name", u.newName())).toList(),
                "removed", d.removed().stream().map(u -> map("code", u.code(), "name", u.oldName())).toList(),
                "renamed", d.renamed().stream().map(u -> map("code", u.code(), "before", u.oldName(), "after", u.newName())).toList(),
                "changes", d.changes().stream().map(c -> map("code", c.code(), "name", c.name(), "field", c.field().key(),
                        "label", c.field().label(), "before", c.before(), "after", c.after())).toList(),
                "threshold", d.threshold(), "levels", levels, "total", total, "units_compared", d.units());
    }

}
