package org.shequ.cli;

import org.shequ.core.schema.Period;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shequ.cli.output.diff.DiffFormat;
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
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"比较两个年度或期间：单位增减、更名、超过阈值的变化、各层汇总指标的增减。", "Compare two periods unit by unit and level by level."})
final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OLD", description = "上期：文件、文件夹或工作区（只给一个输入时，它含两个年度，用 --from、--to 选择）") String before;
    @Parameters(index = "1", arity = "0..1", paramLabel = "NEW", description = "本期：文件、文件夹或工作区") String after;
    @Option(names = "--from", paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "上期的年度或期间（输入含多个期间时）/ the earlier period") Period from;
    @Option(names = "--to", paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "本期的年度或期间（输入含多个期间时）/ the later period") Period to;

    @Option(names = "--by", split = ",", paramLabel = "LEVEL", description = "汇总层级（默认 township）") List<String> by = new ArrayList<>();
    @Option(names = "--threshold", defaultValue = "0.2", paramLabel = "SHARE", description = "单位数值的相对变化超过多少算变化（默认 ${DEFAULT-VALUE}，即 20%%）")
    double threshold;
    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table, json, md, xlsx (default: ${DEFAULT-VALUE})")
    DiffFormat format;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "写入文件（原子写入；xlsx 必须）") Path output;

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
            Plan.Aggregated a = one.aggregate(levels, Validator.Progress.NONE, zh, List.of(old), null);
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
            Plan.Aggregated a = first.aggregate(levels, Validator.Progress.NONE, zh, List.of(old), from);
            Plan.Aggregated b = second.aggregate(levels, Validator.Progress.NONE, zh, List.of(now), to);
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
    private static void refuseMade(Plan.Aggregated a) {
        if (a.fromParts() != null) {
            throw new Problem("diff.fromParts", a.fromParts().year());
        }
    }

    /** A period's levels from one input; a period the input does not hold is a one-line refusal. */
    private static List<Level> levelsOf(Plan.Aggregated a, Period period) {
        List<Level> levels = a.periods().get(period);
        if (levels == null) {
            throw new Problem("diff.noPeriod", period, List.copyOf(a.periods().keySet()));
        }
        return levels;
    }
}
