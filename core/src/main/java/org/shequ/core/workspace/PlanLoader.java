package org.shequ.core.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.shequ.core.Problem;
import org.shequ.core.access.AccessCatalog;
import org.shequ.core.access.AccessLoader;
import org.shequ.core.io.ReadLimits;
import org.shequ.core.io.SourceFile;
import org.shequ.core.rules.Indicators;
import org.shequ.core.rules.RuleSet;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.schema.Period;
import org.shequ.core.validate.Settings;

/**
 * Makes a {@link Plan} from what the command line names: a workspace (its shequ.yaml, inputs, rule
 * packs and access lists read) or loose files and folders, with the command line's overrides on top.
 */
public final class PlanLoader {
    private PlanLoader() {
    }

    public static Plan load(List<Path> paths, List<String> given, Plan.Overrides o) {
        Dictionary base = Dictionary.builtIn();
        if (o.kind() != null && base.kind(o.kind()).isEmpty()) {
            throw new Problem("option.kind", o.kind(), String.join(", ", base.kinds().stream().map(Object::toString).toList()));
        }
        if (paths.size() == 1 && Workspace.isWorkspace(paths.get(0))) {
            Workspace ws = Workspace.load(paths.get(0));
            List<SourceFile> files = Inputs.of(ws).stream().map(f -> override(f, o)).toList();
            Period period = o.period() != null ? o.period() : ws.period();
            Dictionary dictionary = ws.dictionary(base);
            Indicators indicators = Indicators.builtIn(ws.indicators(), ws.dir().resolve(Workspace.FILE).toString());
            RuleSet rules = RuleSet.resolve(o.rules().isEmpty() ? ws.rules() : o.rules(), ws.overrides(),
                    ws.dir().resolve(Workspace.FILE).toString(), ws.dir(), dictionary, indicators.derived());
            List<SourceFile> lists = ws.access().stream()
                    .map(a -> SourceFile.of(ws.dir().resolve(a), a))
                    .peek(f -> {
                        if (!Files.isRegularFile(f.path())) {
                            throw new Problem("input.missing", f.name());
                        }
                    }).toList();
            AccessCatalog access = lists.isEmpty() ? AccessCatalog.empty()
                    : new AccessLoader(dictionary, ReadLimits.DEFAULT).load(lists);
            List<SourceFile> data = ordered(files.stream()
                    .filter(f -> lists.stream().noneMatch(l -> l.path().normalize().equals(f.path().normalize()))).toList());
            String jurisdiction = o.jurisdiction() != null ? Workspace.jurisdiction(o.jurisdiction()) : null;
            boolean national = o.jurisdiction() != null ? jurisdiction == null : ws.national();
            if (o.jurisdiction() == null) {
                jurisdiction = ws.jurisdiction();
            }
            return new Plan(ws, data, dictionary,
                    new Settings(period, jurisdiction, ReadLimits.DEFAULT, ws.suppressions()), rules, access,
                    national ? "" : jurisdiction);
        }
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            Inputs.of(paths.get(i), given.get(i)).stream().map(f -> override(f, o)).forEach(files::add);
        }
        files = ordered(files);
        RuleSet rules = RuleSet.resolve(o.rules(), Map.of(), "", Path.of(""), base);
        String jurisdiction = o.jurisdiction() == null ? null : Workspace.jurisdiction(o.jurisdiction());
        String scope = o.jurisdiction() == null ? null : jurisdiction == null ? "" : jurisdiction;
        return new Plan(null, files, base, new Settings(o.period(), jurisdiction, ReadLimits.DEFAULT), rules, AccessCatalog.empty(),
                scope);
    }

    /**
     * The files in the order they are read: by name (then path, then sheets), whatever the order they
     * were given in. When a unit appears in two files of one period, the row that counts is the one
     * read first (DATA-DUPLICATE names it): so which row counts never depends on the order of the
     * arguments or of shequ.yaml's inputs.
     */
    private static List<SourceFile> ordered(List<SourceFile> files) {
        List<SourceFile> out = new ArrayList<>(files);
        out.sort(Comparator.comparing(SourceFile::name).thenComparing(f -> f.path().toString())
                .thenComparing(f -> String.join("\u0000", f.sheets())));
        return List.copyOf(out);
    }

    private static SourceFile override(SourceFile f, Plan.Overrides o) {
        return new SourceFile(f.path(), f.name(),
                !o.sheets().isEmpty() ? o.sheets() : f.sheets(),
                o.encoding() != null ? o.encoding() : f.encoding(),
                o.kind() != null ? o.kind() : f.kind());
    }
}
