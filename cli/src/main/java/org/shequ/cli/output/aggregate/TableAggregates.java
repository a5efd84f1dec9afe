package org.shequ.cli.output.aggregate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.shequ.cli.output.Columns;
import org.shequ.core.aggregate.Level;

/** An aligned table per level for a terminal; Chinese characters count two columns. */
final class TableAggregates implements AggregateWriter {
    @Override
    public void write(List<Level> levels, View view, OutputStream out) throws IOException {
        StringBuilder s = new StringBuilder();
        for (Level l : levels) {
            if (s.length() > 0) {
                s.append('\n');
            }
            s.append(view.levelName(l.by())).append('\n');
            s.append(Columns.align(Grid.of(l, view)));
        }
        out.write(s.toString().getBytes(StandardCharsets.UTF_8));
    }
}
