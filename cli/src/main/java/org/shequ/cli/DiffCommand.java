package org.shequ.cli;

import org.shequ.core.workspace.DataPass;
import org.shequ.core.schema.Period;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shequ.core.output.diff.DiffFormat;
import org.shequ.core.aggregate.Diff;
import org.shequ.core.aggregate.Snapshot;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.validate.Validator;
import org.shequ.core.workspace.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.shequ.core.Problem;
import org.shequ.core.aggregate.Level;

/** {@code shequ diff OLD NEW}: two periods compared unit by unit and level by level. */
@Command(resourceBundle = "org.shequ.cli.usage", name = "diff", mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "DiffCommand.before") String before;
    @Parameters(index = "1", arity = "0..1", paramLabel = "NEW", descriptionKey = "DiffCommand.after") String after;
    @Option(names = "--from", paramLabel = "PERIOD", converter = PeriodConverter.class,
            descriptionKey = "DiffCommand.from") Period from;
    @Option(names = "--to", paramLabel = "PERIOD", converter = PeriodConverter.class,
            descriptionKey = "DiffCommand.to") Period to;

    @Option(names = "--by", split = ",", paramLabel = "LEVEL", descriptionKey = "DiffCommand.by") List<String> by = new ArrayList<>();
    @Option(names = "--threshold", defaultValue = "0.2", paramLabel = "SHARE", descriptionKey = "DiffCommand.threshold")
    double threshold;
    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", descriptionKey = "DiffCommand.format")
    DiffFormat format;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "DiffCommand.output") Path output;

    @Mixin InputOptions input;
    @Mixin Lang lang;
    @Mixin Debug debug;
    @Mixin Force force;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Emit.needsFile(output, format.binary());
        boolean zh = Lang.chinese(lang.locale());
        List<String> levels = by.isEmpty() ? List.of("township") : by;
        var communities = Dictionary.builtIn().kind("communities").orElseThrow();
        Snapshot old = new Snapshot(communities);
        Snapshot now;
        List<Level> was;
        List<Level> is;
        if (after == null) {
            // one input holding both periods
            if (from == null || to == null) {
                throw new Problem("diff.periods");
            }
            Plan one = input.plan(List.of(before));
            one.guard(output);
            DataPass.Aggregated a = DataPass.of(one).aggregate(levels, Validator.Progress.NONE, zh, List.of(old), null);
            refuseMade(a);
            was = levelsOf(a, from);
            is = levelsOf(a, to);
            now = old;
        } else {
            now = new Snapshot(communities);
            Plan first = input.plan(List.of(before));
            Plan second = input.plan(List.of(after));
            first.guard(output);
            second.guard(output);
            DataPass.Aggregated a = DataPass.of(first).aggregate(levels, Validator.Progress.NONE, zh, List.of(old), from);
            DataPass.Aggregated b = DataPass.of(second).aggregate(levels, Validator.Progress.NONE, zh, List.of(now), to);
            refuseMade(a);
            refuseMade(b);
            was = a.levels();
            is = b.levels();
        }
        Diff.Result diff = Diff.of(old, now, was, is, threshold);
        Emit.to(output, out -> format.writer().write(diff, zh, out), spec, force);
        return ExitCode.OK;
    }

    /** A year made of its quarters holds only its flows: compared with a year's own rows, every stock would change. */
    private static void refuseMade(DataPass.Aggregated a) {
        if (a.fromParts() != null) {
            throw new Problem("diff.fromParts", a.fromParts().year());
        }
    }

    /** A period's levels from one input; a period the input does not hold is a one-line refusal. */
    private static List<Level> levelsOf(DataPass.Aggregated a, Period period) {
        List<Level> levels = a.periods().get(period);
        if (levels == null) {
            throw new Problem("diff.noPeriod", period, List.copyOf(a.periods().keySet()));
        }
        return levels;
    }
}
