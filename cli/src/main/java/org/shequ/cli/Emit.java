package org.shequ.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.shequ.core.io.AtomicFile;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command's result goes: a file written atomically, or the command's standard output. */
final class Emit {
    private Emit() {
    }

    /** A binary format cannot go to a terminal: checked before any work is done (exit 2). */
    static void needsFile(Path output, boolean binary) {
        if (binary && output == null) {
            throw new org.shequ.core.Problem("aggregate.needsOutput", "xlsx");
        }
    }

    static void to(Path output, AtomicFile.Content content, CommandSpec spec) {
        if (output != null) {
            AtomicFile.write(output, content);
            return;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            content.writeTo(buf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        spec.commandLine().getOut().print(buf.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
    }
}
