package org.shequ.core.output;

import org.shequ.core.io.CellText;
import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;

/**
 * Findings as CSV (UTF-8 with BOM so Excel opens the Chinese text right). Text cells that a
 * spreadsheet would take for a formula are neutralised.
 */
final class CsvWriter implements FindingsWriter {

    @Override
    public void write(Report report, View view, Writer out) throws IOException {
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader("rule", "severity", "file", "sheet", "line", "field", "unit", "unit_name", "message", "actual", "expected")
                .get();
        CSVPrinter p = new CSVPrinter(out, format);
        for (Finding f : view.shown(report)) {
            p.printRecord(f.rule(), f.severity().key(), CellText.safe(f.location().file()), CellText.safe(f.location().sheet()),
                    f.location().line() > 0 ? f.location().line() : "", f.location().field(), f.unit(),
                    CellText.safe(f.unitName()), CellText.safe(view.message(f)),
                    f.actual() instanceof Number n ? n : CellText.safe(f.actual() == null ? null : f.actual().toString()),
                    CellText.safe(f.expected()));
        }
        p.flush();
    }
}
