package org.shequ.core.output.aggregate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.shequ.core.output.Columns;
import org.shequ.core.aggregate.Level;

/**
 * An aligned table per level for a terminal; Chinese characters count two columns. Two passes
 * over each level (the widths, then the lines), so that no level is held as text.
 */
final class TableAggregates implements AggregateWriter {
    @Override
    public void write(List<Level> levels, View view, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        boolean first = true;
        for (Level l : levels) {
            if (!first) {
                w.append('\n');
            }
            first = false;
            w.append(view.levelName(l, levels)).append('\n');
            AggregateColumns cols = Grid.columns(l, view);
            int[][] width = {new int[0]};
            Grid.each(l, cols, view, Grid.Incomplete.MARKED, row -> width[0] = Columns.widen(width[0], row));
            Grid.each(l, cols, view, Grid.Incomplete.MARKED, row -> w.append(Columns.line(row, width[0])).append('\n'));
            if (!cols.incomplete().isEmpty()) {
                w.append(AggregateColumns.legend(view.zh())).append('\n');
            }
        }
        w.flush();
    }
}
