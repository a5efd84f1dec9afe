package org.shequ.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.shequ.core.Problem;
import org.shequ.core.access.AccessLoader;
import org.shequ.core.io.ReadLimits;
import org.shequ.core.io.SourceFile;
import org.shequ.core.rules.RuleSet;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.workspace.Workspace;

/**
 * Any bytes as shequ.yaml, a rule pack or an access list: loaded, or refused with a one-line
 * {@link Problem} (exit 2), or reported as findings — never another exception, never a hang.
 */
class ConfigFuzzTest {

    /** What loading a folder holding one file does: it loads, or refuses with a {@link Problem}; anything else fails. */
    private interface Load {
        void from(Path dir);
    }

    /** Writes {@code data} as {@code name} in a fresh folder, loads it, and removes the folder. */
    private static void load(String name, byte[] data, Load load) throws IOException {
        Path dir = Files.createTempDirectory("fuzz");
        try {
            Files.write(dir.resolve(name), data);
            load.from(dir);
        } catch (Problem expected) {
            // a refusal with its file and line
        } finally {
            try (var s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @FuzzTest(maxDuration = "10m")
    void workspace(byte[] data) throws IOException {
        load(Workspace.FILE, data, dir -> {
            Workspace ws = Workspace.load(dir);
            Dictionary d = ws.dictionary(Dictionary.builtIn());
            RuleSet.resolve(ws.rules(), ws.overrides(), Workspace.FILE, dir, d);
            ws.renderTimeout();
        });
    }

    @FuzzTest(maxDuration = "10m")
    void rulePack(byte[] data) throws IOException {
        load("pack.yaml", data, dir -> RuleSet.resolve(List.of("pack.yaml"), Map.of(), "", dir, Dictionary.builtIn()));
    }

    @FuzzTest(maxDuration = "10m")
    void accessList(byte[] data) throws IOException {
        load("lists.yaml", data, dir -> new AccessLoader(Dictionary.builtIn(), ReadLimits.DEFAULT)
                .load(List.of(SourceFile.of(dir.resolve("lists.yaml"), "lists.yaml"))));
    }
}
