package org.shequ.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.shequ.core.Problem;

/**
 * What a run read and must never write over: its data files, shequ.yaml, rule packs, access lists
 * and templates. An output that is one of them, through a link or another name, is refused before
 * anything is read (exit 2).
 */
public final class OutputGuard {
    private OutputGuard() {
    }

    public static void guard(Path output, Collection<Path> inputs) {
        if (output == null || !Files.exists(output)) {
            return;
        }
        for (Path in : inputs) {
            try {
                if (Files.exists(in) && Files.isSameFile(output, in)) {
                    throw new Problem("output.isInput", output.toString(), in.toString());
                }
            } catch (IOException e) {
                // unreadable: not the same file as far as anyone can tell
            }
        }
    }
}
