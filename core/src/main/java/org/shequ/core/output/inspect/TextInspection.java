package org.shequ.core.output.inspect;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.shequ.core.Messages;
import org.shequ.core.validate.Column;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Inspector;
import org.shequ.core.validate.Lines;
import org.shequ.core.validate.RowKind;
import org.shequ.core.validate.TableLayout;

/** A readable account per file: each table's header, columns and skipped rows, then the notes. */
final class TextInspection implements InspectWriter {

    @Override
    public void write(List<Inspector.FileLayout> files, Messages m, Writer out) throws IOException {
        boolean zh = m.chinese();
        for (Inspector.FileLayout f : files) {
            out.write(f.file() + "\n");
            for (TableLayout t : f.tables()) {
                table(t, m, out);
            }
            for (Finding n : f.notes()) {
                String where = n.location().sheet() == null ? "" : n.location().sheet() + (n.location().line() > 0 ? "!" + n.location().line() : "") + " ";
                if (n.location().sheet() == null && n.location().line() > 0) {
                    where = n.location().line() + " ";
                }
                out.write("  " + where + n.severity().label(zh) + "  " + n.rule() + "  " + m.format(n.messageKey(), n.args()) + "\n");
            }
            out.write("\n");
        }
        out.flush();
    }

    private static void table(TableLayout t, Messages m, Writer out) throws IOException {
        String sheet = t.sheet() == null ? "" : m.format("inspect.sheet", List.of(t.sheet())) + m.format("inspect.after", List.of());
        if (t.binding() == null) {
            out.write("  " + sheet + m.format("inspect.noHeader", List.of()) + "\n");
            return;
        }
        List<Integer> lines = t.binding().lines();
        String band = lines.size() == 1 ? Integer.toString(lines.get(0)) : lines.get(0) + "–" + lines.get(lines.size() - 1);
        out.write("  " + sheet + m.format("inspect.table", List.of(t.binding().kind(), t.records(), band)) + period(t, m) + "\n");
        for (Column c : t.binding().columns()) {
            out.write("    " + c.letter() + "  " + (c.header().isEmpty() ? m.format("inspect.noHeaderColumn", List.of()) : c.header())
                    + "  →  " + target(c, m) + "\n");
        }
        for (Map.Entry<RowKind, List<Integer>> e : t.skipped().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            out.write("    " + m.format("inspect.skipped", List.of(kind(e.getKey(), m), e.getValue().size(), Lines.compact(e.getValue()))) + "\n");
        }
    }

    private static String period(TableLayout t, Messages m) {
        if (t.period() == null) {
            return t.periodFrom() == TableLayout.PeriodSource.COLUMN ? m.format("inspect.periodColumn", List.of()) : "";
        }
        String from = switch (t.periodFrom()) {
            case TITLE -> m.format("inspect.periodTitle", List.of(t.title()));
            case WORKSPACE -> m.format("inspect.periodWorkspace", List.of());
            default -> "";
        };
        return m.format("inspect.period", List.of(t.period(), from));
    }

    private static String target(Column c, Messages m) {
        return switch (c.status()) {
            case FIELD -> m.format("inspect.field", List.of(c.field().key(), c.field()))
                    + (c.via() != null && !c.header().endsWith(c.via()) ? m.format("inspect.via", List.of(c.via())) : "")
                    + unit(c);
            case WRONG_UNIT -> m.format("inspect.wrongUnit", List.of(c.field().key(), c.unit(), c.field(), c.field().unit()));
            case LAYOUT -> m.format("inspect.layout", List.of());
            case UNKNOWN -> m.format("inspect.unknown", List.of());
            case DUPLICATE -> m.format("inspect.duplicate", List.of(c.field().key()));
            case EMPTY -> m.format("inspect.empty", List.of());
        };
    }

    /** The unit a column is read in: the field's own ([户]), or the header's converted to it ([元 → 万元 ÷10000]). */
    private static String unit(Column c) {
        if (c.conversion() != null) {
            return "  [" + c.unit() + " → " + c.field().unit() + " " + c.conversion().written() + "]";
        }
        String unit = c.field().unit();
        return unit == null || unit.isEmpty() ? "" : "  [" + unit + "]";
    }

    /** A kind of row skipped, in the message language (the English is the row kind's key: total, signature…). */
    static String kind(RowKind k, Messages m) {
        return m.format("inspect.row." + k.key(), List.of());
    }
}
