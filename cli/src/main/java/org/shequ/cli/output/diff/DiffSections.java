package org.shequ.cli.output.diff;

import java.util.ArrayList;
import java.util.List;
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
        List<Section> out = new ArrayList<>();
        out.add(units(zh ? "新增单位" : "added units", d.added(), zh, false));
        out.add(units(zh ? "减少单位" : "removed units", d.removed(), zh, true));
        List<String[]> renamed = new ArrayList<>();
        renamed.add(zh ? new String[] {"代码", "原名称", "新名称"} : new String[] {"code", "old name", "new name"});
        d.renamed().forEach(u -> renamed.add(new String[] {u.code(), u.oldName(), u.newName()}));
        out.add(new Section(zh ? "更名单位" : "renamed units", renamed));
        List<String[]> changes = new ArrayList<>();
        changes.add(zh ? new String[] {"代码", "名称", "字段", "上期", "本期", "变化"} : new String[] {"code", "name", "field", "before", "after", "change"});
        d.changes().forEach(c -> changes.add(new String[] {c.code(), c.name() == null ? "" : c.name(), zh ? c.field().label() : c.field().key(),
                Numbers.plain(c.before()), Numbers.plain(c.after()),
                Double.isInfinite(c.relative()) ? "+∞" : String.format(Locale.ROOT, "%+.1f%%", c.relative() * 100)}));
        out.add(new Section((zh ? "变化超过 " : "changes beyond ") + Math.round(d.threshold() * 100) + "%" + (zh ? " 的数值" : ""), changes));
        for (Diff.LevelDelta l : d.levels()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(zh ? new String[] {"代码", "名称", "指标", "上期", "本期", "增减"} : new String[] {"code", "name", "metric", "before", "after", "delta"});
            for (Diff.RowDelta r : l.rows()) {
                for (Map.Entry<String, Number[]> m : r.metrics().entrySet()) {
                    Number b = m.getValue()[0];
                    Number a = m.getValue()[1];
                    if (b != null && a != null && b.doubleValue() == a.doubleValue()) {
                        continue;
                    }
                    rows.add(new String[] {r.code(), r.name(), m.getKey(), text(b), text(a),
                            b == null || a == null ? "" : Numbers.plain(Math.round((a.doubleValue() - b.doubleValue()) * 10000) / 10000.0)});
                }
            }
            out.add(new Section((zh ? "按" : "by ") + l.by() + (zh ? "汇总的变化" : ": changed metrics"), rows));
        }
        return out;
    }

    private static Section units(String title, List<Diff.UnitChange> units, boolean zh, boolean old) {
        List<String[]> rows = new ArrayList<>();
        rows.add(zh ? new String[] {"代码", "名称"} : new String[] {"code", "name"});
        units.forEach(u -> rows.add(new String[] {u.code(), String.valueOf(old ? u.oldName() : u.newName())}));
        return new Section(title, rows);
    }

    private static String text(Number n) {
        return n == null ? "" : Numbers.plain(n.doubleValue());
    }
}
