package org.shequ.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.shequ.core.io.AtomicFile;
import picocli.CommandLine.Model.CommandSpec;
import org.shequ.core.Problem;

/** Where a command's result goes: a file written atomically, or the command's standard output. */
final class Emit {
    private Emit() {
    }

    /** A binary format cannot go to a terminal: checked before any work is done (exit 2). */
    /** A folder to write several files into (feedback, forms): made when missing; a file of that name is one clear error. */
    static void folder(Path output) {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new Problem("output.notAFolder", output);
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new Problem("output.write", output, e.getMessage());
        }
    }

    static void needsFile(Path output, boolean binary) {
        if (binary && stdout(output)) {
            throw new Problem("aggregate.needsOutput", "xlsx");
        }
    }

    /** {@code -o -}: standard output, as if no file were named. */
    static boolean stdout(Path output) {
        return output == null || output.toString().equals("-");
    }

    /** Writes to the file named (an existing one replaced only when shequ's, or {@code force}) or to standard output. */
    static void to(Path output, AtomicFile.Content content, CommandSpec spec, Force force) {
        if (!stdout(output)) {
            AtomicFile.output(output, content, force.force);
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
