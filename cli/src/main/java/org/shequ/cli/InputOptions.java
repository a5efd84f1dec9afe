package org.shequ.cli;

import org.shequ.core.workspace.PlanLoader;
import org.shequ.core.schema.Period;
import java.nio.file.Path;
import java.util.List;
import org.shequ.core.workspace.Inputs;
import org.shequ.core.workspace.Plan;
import picocli.CommandLine.Option;
import java.util.ArrayList;

/** Options that say how to read the inputs, overriding detection and the workspace. */
public final class InputOptions {
    @Option(names = "--encoding", paramLabel = "CHARSET", descriptionKey = "InputOptions.encoding")
    String encoding;

    @Option(names = "--kind", paramLabel = "KIND", descriptionKey = "InputOptions.kind")
    String kind;

    @Option(names = "--sheet", split = ",", paramLabel = "NAME", descriptionKey = "InputOptions.sheet")
    List<String> sheet = new ArrayList<>();

    @Option(names = "--period", paramLabel = "PERIOD", converter = PeriodConverter.class,
            descriptionKey = "InputOptions.period")
    Period period;

    @Option(names = "--rules", paramLabel = "PACK", descriptionKey = "InputOptions.rules")
    List<String> rules = new ArrayList<>();

    @Option(names = "--jurisdiction", paramLabel = "CODE",
            descriptionKey = "InputOptions.jurisdiction")
    String jurisdiction;

    Plan plan(List<String> paths) {
        List<String> given = paths == null || paths.isEmpty() ? List.of(".") : paths;
        List<Path> resolved = given.stream().map(Path::of).toList();
        return PlanLoader.load(resolved, given, new Plan.Overrides(Inputs.charset(encoding), kind, sheet, period, rules, jurisdiction));
    }
}
