package org.shequ.core.output.diff;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.shequ.core.aggregate.Diff;
import java.util.Arrays;

/** A Markdown section per part of the comparison. */
final class MarkdownDiff implements DiffWriter {
    @Override
    public void write(Diff.Result diff, boolean zh, OutputStream out) throws IOException {
        StringBuilder s = new StringBuilder();
        for (DiffSections.Section sec : DiffSections.of(diff, zh)) {
            s.append("## ").append(sec.title()).append("\n\n");
            for (int i = 0; i < sec.rows().size(); i++) {
                s.append("| ").append(String.join(" | ", Arrays.stream(sec.rows().get(i)).map(c -> c.replace("|", "\\|")).toList())).append(" |\n");
                if (i == 0) {
                    s.append("|").append("---|".repeat(sec.rows().get(0).length)).append('\n');
                }
            }
            s.append('\n');
        }
        out.write(s.toString().getBytes(StandardCharsets.UTF_8));
    }
}
