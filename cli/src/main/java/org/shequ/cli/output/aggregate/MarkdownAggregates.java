package org.shequ.cli.output.aggregate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.shequ.core.aggregate.Level;

/** A Markdown table per level, with a heading, for pasting into a report. */
final class MarkdownAggregates implements AggregateWriter {
    @Override
    public void write(List<Level> levels, View view, OutputStream out) throws IOException {
        StringBuilder s = new StringBuilder();
        for (Level l : levels) {
            s.append("## ").append(view.levelName(l.by())).append("\n\n");
            List<String[]> grid = Grid.of(l, view);
            for (int i = 0; i < grid.size(); i++) {
                s.append("| ").append(String.join(" | ", escape(grid.get(i)))).append(" |\n");
                if (i == 0) {
                    s.append("|").append("---|".repeat(grid.get(0).length)).append('\n');
                }
            }
            s.append('\n');
        }
        out.write(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String[] escape(String[] row) {
        String[] out = new String[row.length];
        for (int i = 0; i < row.length; i++) {
            out[i] = row[i].replace("|", "\\|");
        }
        return out;
    }
}
