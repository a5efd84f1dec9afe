package org.shequ.cli.output.aggregate;

import java.util.ArrayList;
import java.util.List;
import org.shequ.core.aggregate.Level;
import org.shequ.core.aggregate.Row;

/** A level as a grid of text: header, one line per row, then the total (table, csv and md share it). */
final class Grid {
    private Grid() {
    }

    static List<String[]> of(Level level, AggregateWriter.View view) {
        AggregateColumns cols = new AggregateColumns(level, view.indicators(), view.locale());
        List<String[]> out = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(AggregateColumns.codeHeader(view.zh()), AggregateColumns.nameHeader(view.zh())));
        head.addAll(cols.headers());
        out.add(head.toArray(String[]::new));
        List<Row> rows = new ArrayList<>(level.rows());
        rows.add(level.total());
        for (Row r : rows) {
            List<String> line = new ArrayList<>(List.of(r.code(), r.name()));
            for (String k : cols.keys()) {
                line.add(AggregateColumns.text(k, r.metrics().get(k)));
            }
            out.add(line.toArray(String[]::new));
        }
        return out;
    }
}
