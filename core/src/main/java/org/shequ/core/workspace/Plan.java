package org.shequ.core.workspace;

import org.shequ.core.schema.Period;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shequ.core.io.SourceFile;
import org.shequ.core.access.AccessCatalog;
import org.shequ.core.rules.RuleSet;
import org.shequ.core.rules.Where;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.validate.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.shequ.core.io.OutputGuard;

/**
 * What one run reads and with which dictionary, settings, rules and access lists: a workspace
 * (a folder with shequ.yaml) or loose files and folders: data only, made by {@link PlanLoader}
 * and read in one pass by {@link DataPass}.
 */
public record Plan(Workspace workspace, List<SourceFile> files, Dictionary dictionary, Settings settings, RuleSet rules,
                   AccessCatalog access, String scope, Where where) {

    public Plan(Workspace workspace, List<SourceFile> files, Dictionary dictionary, Settings settings, RuleSet rules,
                AccessCatalog access, String scope) {
        this(workspace, files, dictionary, settings, rules, access, scope, null);
    }

    /**
     * The same plan reading only the records {@code expression} selects ({@code --where}; none when
     * null or blank): with a filter the units expected are not known, so nothing is compared with the
     * registry and no level rule, target or reported total is judged ({@link Where}).
     */
    public Plan where(String expression) {
        if (expression == null || expression.isBlank()) {
            return this;
        }
        return new Plan(workspace, files, dictionary, settings, rules, access, scope, Where.parse(expression, dictionary));
    }

    /**
     * Options from the command line that override the workspace. {@code rules}, when not
     * empty, replace the workspace's rule packs.
     */
    public record Overrides(Charset encoding, String kind, List<String> sheets, Period period, List<String> rules,
                            String jurisdiction) {
        public static final Overrides NONE = new Overrides(null, null, List.of(), null, List.of(), null);

        public Overrides {
            rules = rules == null ? List.of() : List.copyOf(rules);
            sheets = sheets == null ? List.of() : List.copyOf(sheets);
        }
    }

    /**
     * The same plan without comparing the units with the registry: for a previous period (a
     * {@code previous:} workspace), which the 2023 registry does not describe.
     */
    public Plan unscoped() {
        return new Plan(workspace, files, dictionary, settings, rules, access, null, where);
    }

    /** What this run reads and no output may replace: data, shequ.yaml, rule packs, access lists, templates. */
    public List<Path> inputs() {
        List<Path> out = new ArrayList<>();
        files.forEach(f -> out.add(f.path()));
        rules.files().forEach(f -> out.add(Path.of(f)));
        if (workspace != null) {
            out.add(workspace.dir().resolve(Workspace.FILE));
            workspace.access().forEach(a -> out.add(workspace.dir().resolve(a)));
            if (Files.isDirectory(workspace.templates())) {
                try (var s = Files.list(workspace.templates())) {
                    s.forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    /** Refuses, before anything is read, an output that would replace one of the run's inputs. */
    public void guard(Path output) {
        OutputGuard.guard(output, inputs());
    }

    public Optional<Workspace> workspaceIfAny() {
        return Optional.ofNullable(workspace);
    }
}
