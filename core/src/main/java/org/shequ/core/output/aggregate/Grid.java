package org.shequ.core.output.aggregate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.shequ.core.aggregate.Level;
import org.shequ.core.aggregate.Row;

/**
 * A level as lines of text: header, one line per row, then the total (table, csv and md share
 * it). Streamed: a national township level is never held as text, only one line at a time.
 */
final class Grid {
    /** Takes one line of text cells. */
    interface Lines {
        void line(String[] cells) throws IOException;
    }

    private Grid() {
    }

    /** How incomplete values are shown: marked in the cell (for reading), or counted in columns of their own (for machines). */
    enum Incomplete { MARKED, COLUMNS }

    static void each(Level level, AggregateWriter.View view, Incomplete mode, Lines out) throws IOException {
        each(level, columns(level, view), view, mode, out);
    }

    /** The columns of a level (a pass over its rows: the union of their metrics). */
    static AggregateColumns columns(Level level, AggregateWriter.View view) {
        return new AggregateColumns(level, view.indicators(), view.locale());
    }

    static void each(Level level, AggregateColumns cols, AggregateWriter.View view, Incomplete mode, Lines out) throws IOException {
        List<String> head = new ArrayList<>(List.of(AggregateColumns.codeHeader(view.zh()), AggregateColumns.nameHeader(view.zh())));
        head.addAll(cols.headers());
        if (mode == Incomplete.COLUMNS) {
            head.addAll(cols.incompleteHeaders());
        }
        out.line(head.toArray(String[]::new));
        for (Row r : level.rowsAndTotal()) {
            out.line(line(r, cols, mode));
        }
    }

    private static String[] line(Row r, AggregateColumns cols, Incomplete mode) {
        int extra = mode == Incomplete.COLUMNS ? cols.incomplete().size() : 0;
        String[] line = new String[cols.keys().size() + 2 + extra];
        line[0] = r.code();
        line[1] = r.name();
        for (int i = 0; i < cols.keys().size(); i++) {
            String k = cols.keys().get(i);
            line[i + 2] = mode == Incomplete.MARKED ? AggregateColumns.marked(r, k) : AggregateColumns.text(k, r.reported(k));
        }
        for (int i = 0; i < extra; i++) {
            line[cols.keys().size() + 2 + i] = Long.toString(r.missing(cols.incomplete().get(i)));
        }
        return line;
    }
}
