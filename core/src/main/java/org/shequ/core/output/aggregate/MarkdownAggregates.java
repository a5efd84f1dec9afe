package org.shequ.core.output.aggregate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.shequ.core.aggregate.Level;

/** A Markdown table per level, with a heading, for pasting into a report; incomplete sums marked and explained. */
final class MarkdownAggregates implements AggregateWriter {
    @Override
    public void write(List<Level> levels, View view, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (Level l : levels) {
            w.append("## ").append(view.levelName(l, levels)).append("\n\n");
            boolean[] header = {true};
            AggregateColumns cols = Grid.columns(l, view);
            Grid.each(l, cols, view, Grid.Incomplete.MARKED, row -> {
                w.append("| ").append(String.join(" | ", escape(row))).append(" |\n");
                if (header[0]) {
                    w.append("|").append("---|".repeat(row.length)).append('\n');
                    header[0] = false;
                }
            });
            if (!cols.incomplete().isEmpty()) {
                w.append('\n').append(AggregateColumns.legend(view.zh())).append('\n');
            }
            w.append('\n');
        }
        w.flush();
    }

    private static String[] escape(String[] row) {
        String[] out = new String[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = row[i].replace("|", "\\|");
        }
        return out;
    }
}
