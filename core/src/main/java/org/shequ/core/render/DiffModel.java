package org.shequ.core.render;

import org.shequ.core.division.DivisionRegistry;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shequ.core.Words;
import org.shequ.core.aggregate.Diff;
import org.shequ.core.aggregate.Level;
import org.shequ.core.schema.Kind;

/** The comparison with the previous period as a template sees it ({@code diff}). */
final class DiffModel {
    private DiffModel() {
    }

    /**
     * The comparison with the previous period: units added, removed and renamed, values that
     * changed by more than the threshold, and for every level row each metric's before, after and
     * change ({@code diff.levels.township[i].m.households.change}); the total row as {@code diff.total}.
     */
    static DocumentModel.Diff diff(Diff.Result d, List<Level> now, Kind communities) {
        Map<String, List<DocumentModel.DiffRow>> levels = new LinkedHashMap<>();
        DocumentModel.DiffRow total = null;
        for (Diff.LevelDelta l : d.levels()) {
            List<DocumentModel.DiffRow> rows = new ArrayList<>();
            // the rows of this period, then its total, then the groups only the previous period had
            int totalAt = now.stream().filter(x -> x.by().equals(l.by())).findFirst().map(x -> x.rows().size()).orElse(-1);
            for (Diff.RowDelta r : l.rows()) {
                Map<String, DocumentModel.Delta> metrics = new LinkedHashMap<>();
                r.metrics().forEach((k, v) -> metrics.put(k, delta(v[0], v[1], r.missing().getOrDefault(k, new long[2]))));
                DocumentModel.DiffRow row = new DocumentModel.DiffRow(r.code(), r.name(), metrics);
                if (rows.size() == totalAt) {
                    total = row;
                }
                rows.add(row);
            }
            levels.put(l.by(), rows);
        }
        // the registry is of one year: whether a code is in it says something only when that is the year compared to
        DivisionRegistry registry = d.to() != null && d.to().year() == DivisionRegistry.YEAR ? DivisionRegistry.bundled() : null;
        return new DocumentModel.Diff(
                d.added().stream().map(u -> new DocumentModel.Named(u.code(), u.newName(), registered(registry, u.code()))).toList(),
                d.removed().stream().map(u -> new DocumentModel.Named(u.code(), u.oldName(), registered(registry, u.code()))).toList(),
                d.renamed().stream().map(u -> new DocumentModel.Renamed(u.code(), u.oldName(), u.newName())).toList(),
                d.changes().stream().map(c -> new DocumentModel.Change(c.code(), c.name(), c.field().key(), c.field().label(),
                        c.before(), c.after())).toList(),
                d.threshold(), levels, total, d.units(), paired(d), pairedUnits(d), pairedContradicted(d),
                contradicts(d, communities));
    }

    /**
     * Each field summed over the units that reported it in both periods ({@code diff.paired.m.KEY}):
     * what a sentence compares when a total of either period lacks some units.
     */
    private static DocumentModel.DiffRow paired(Diff.Result d) {
        Map<String, DocumentModel.Delta> m = new LinkedHashMap<>();
        d.paired().forEach((k, p) -> m.put(k, new DocumentModel.Delta(p.before(), p.after(), p.after() - p.before(), 0, 0, "")));
        return new DocumentModel.DiffRow("paired", null, m);
    }

    /** Whether the code is in the registry of the year compared to; null when that year has no registry here. */
    private static Boolean registered(DivisionRegistry registry, String code) {
        return registry == null ? null : registry.contains(code);
    }

    /** How many units each paired sum leaves out for a value that contradicts its row ({@code diff.paired_contradicted.KEY}). */
    private static Map<String, Long> pairedContradicted(Diff.Result d) {
        Map<String, Long> m = new LinkedHashMap<>();
        d.paired().forEach((k, p) -> m.put(k, p.contradicted()));
        return m;
    }

    /**
     * For each paired sum that left units out as contradicted, what their value contradicts
     * ({@code diff.contradicts.KEY}: 综合服务设施面积与办公用房面积矛盾).
     */
    private static Map<String, String> contradicts(Diff.Result d, Kind communities) {
        Map<String, String> m = new LinkedHashMap<>();
        d.paired().forEach((k, p) -> communities.field(k).filter(f -> p.contradicted() > 0)
                .ifPresent(f -> m.put(k, UnitRows.contradiction(communities, f))));
        return m;
    }

    /** How many units each paired sum covers ({@code diff.paired_units.KEY}). */
    private static Map<String, Long> pairedUnits(Diff.Result d) {
        Map<String, Long> m = new LinkedHashMap<>();
        d.paired().forEach((k, p) -> m.put(k, p.units()));
        return m;
    }

    /** A metric before and after, its change, and the note when units did not report it in either period. */
    private static DocumentModel.Delta delta(Number before, Number after, long[] missing) {
        return new DocumentModel.Delta(before, after, before == null || after == null ? null : after.doubleValue() - before.doubleValue(),
                missing[0], missing[1], missing[0] + missing[1] == 0 ? ""
                        : Words.format("render.model.diff.unreported",
                                (missing[1] > 0 ? Words.format("render.model.diff.unreported.now", missing[1]) : "")
                                + (missing[0] > 0 && missing[1] > 0 ? Words.get("render.model.separator") : "")
                                + (missing[0] > 0 ? Words.format("render.model.diff.unreported.before", missing[0]) : "")));
    }
}
