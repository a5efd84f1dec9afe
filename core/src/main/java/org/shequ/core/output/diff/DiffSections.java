package org.shequ.core.output.diff;

import java.util.ArrayList;
import java.util.List;
import org.shequ.core.Messages;
import java.util.Map;
import org.shequ.core.aggregate.Diff;
import org.shequ.core.Numbers;
import java.util.Locale;

/** A diff as titled sections of rows (table, md and xlsx share it; json has its own shape). */
final class DiffSections {
    record Section(String title, List<String[]> rows) {
    }

    private DiffSections() {
    }

    static List<Section> of(Diff.Result d, boolean zh) {
        Messages m = Messages.of(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        List<Section> out = new ArrayList<>();
        out.add(units(m.format("diff.added", List.of()), d.added(), m, false));
        out.add(units(m.format("diff.removed", List.of()), d.removed(), m, true));
        List<String[]> renamed = new ArrayList<>();
        renamed.add(head(m, "code", "oldName", "newName"));
        d.renamed().forEach(u -> renamed.add(new String[] {u.code(), u.oldName(), u.newName()}));
        out.add(new Section(m.format("diff.renamed", List.of()), renamed));
        List<String[]> changes = new ArrayList<>();
        changes.add(head(m, "code", "name", "field", "before", "after", "change"));
        d.changes().forEach(c -> changes.add(new String[] {c.code(), c.name() == null ? "" : c.name(), zh ? c.field().label() : c.field().key(),
                Numbers.plain(c.before()), Numbers.plain(c.after()),
                Double.isInfinite(c.relative()) ? "+∞" : String.format(Locale.ROOT, "%+.1f%%", c.relative() * 100)}));
        out.add(new Section(m.format("diff.changes", List.of(Math.round(d.threshold() * 100))), changes));
        for (Diff.LevelDelta l : d.levels()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(head(m, "code", "name", "metric", "before", "after", "delta"));
            for (Diff.RowDelta r : l.rows()) {
                for (Map.Entry<String, Number[]> e : r.metrics().entrySet()) {
                    Number b = e.getValue()[0];
                    Number a = e.getValue()[1];
                    if (b != null && a != null && b.doubleValue() == a.doubleValue()) {
                        continue;
                    }
                    rows.add(new String[] {r.code(), r.name(), e.getKey(), text(b), text(a),
                            b == null || a == null ? "" : Numbers.plain(Math.round((a.doubleValue() - b.doubleValue()) * 10000) / 10000.0)});
                }
            }
            out.add(new Section(m.format("diff.level", List.of(l.by())), rows));
        }
        return out;
    }

    /** A table's header in the language: diff.column.KEY for each column. */
    private static String[] head(Messages m, String... columns) {
        String[] out = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            out[i] = m.format("diff.column." + columns[i], List.of());
        }
        return out;
    }

    private static Section units(String title, List<Diff.UnitChange> units, Messages m, boolean old) {
        List<String[]> rows = new ArrayList<>();
        rows.add(head(m, "code", "name"));
        units.forEach(u -> rows.add(new String[] {u.code(), String.valueOf(old ? u.oldName() : u.newName())}));
        return new Section(title, rows);
    }

    private static String text(Number n) {
        return n == null ? "" : Numbers.plain(n.doubleValue());
    }
}
