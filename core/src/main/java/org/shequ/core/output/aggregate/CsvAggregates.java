package org.shequ.core.output.aggregate;

import org.shequ.core.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.shequ.core.aggregate.Level;
import org.shequ.core.io.CellText;

/**
 * CSV (UTF-8 with BOM for Excel), one block per level and period with "by" and "period" columns; text cells formula-safe;
 * numbers stay numbers, and an incomplete metric gets a column counting the units that did not report it.
 */
final class CsvAggregates implements AggregateWriter {
    @Override
    public void write(List<Level> levels, View view, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180);
        for (Level l : levels) {
            boolean[] header = {true};
            Grid.each(l, view, Grid.Incomplete.COLUMNS, row -> {
                p.print(header[0] ? Messages.of(view.locale()).format("aggregate.column.by", List.of()) : l.by());
                p.print(header[0] ? Messages.of(view.locale()).format("aggregate.column.period", List.of()) : l.period() == null ? "" : l.period().toString());
                header[0] = false;
                for (int c = 0; c < row.length; c++) {
                    p.print(c < 2 ? CellText.safe(row[c]) : row[c]);
                }
                p.println();
            });
        }
        p.flush();
    }
}
