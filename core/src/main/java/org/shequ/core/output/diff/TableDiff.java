package org.shequ.core.output.diff;

import org.shequ.core.Words;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.shequ.core.output.Columns;
import org.shequ.core.aggregate.Diff;

/** Aligned sections for a terminal. */
final class TableDiff implements DiffWriter {
    @Override
    public void write(Diff.Result diff, boolean zh, OutputStream out) throws IOException {
        StringBuilder s = new StringBuilder();
        for (DiffSections.Section sec : DiffSections.of(diff, zh)) {
            s.append(Words.format("diff.section", sec.title(), sec.rows().size() - 1)).append('\n');
            if (sec.rows().size() > 1) {
                s.append(Columns.align(sec.rows()));
            }
            s.append('\n');
        }
        out.write(s.toString().getBytes(StandardCharsets.UTF_8));
    }
}
