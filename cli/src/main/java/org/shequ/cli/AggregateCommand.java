package org.shequ.cli;

import org.shequ.core.workspace.DataPass;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shequ.core.output.aggregate.AggregateFormat;
import org.shequ.core.output.aggregate.AggregateWriter;
import org.shequ.core.Messages;
import org.shequ.core.Problem;
import org.shequ.core.aggregate.Level;
import org.shequ.core.aggregate.Ranking;
import org.shequ.core.validate.Validator;
import org.shequ.core.workspace.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.shequ.core.output.Summaries;
import org.shequ.core.aggregate.Grouping;

/** {@code shequ aggregate [PATH…] --by LEVEL}: statistics from community up the division tree. */
@Command(resourceBundle = "org.shequ.cli.usage", name = "aggregate", mixinStandardHelpOptions = true)
final class AggregateCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", descriptionKey = "AggregateCommand.paths")
    List<String> paths;

    @Option(names = "--by", split = ",", paramLabel = "LEVEL", descriptionKey = "AggregateCommand.by")
    List<String> by = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", descriptionKey = "AggregateCommand.format")
    AggregateFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "AggregateCommand.output")
    Path output;

    @Option(names = "--pivot", paramLabel = "FIELD", descriptionKey = "AggregateCommand.pivot")
    String pivot;

    @Option(names = "--sort", paramLabel = "METRIC", descriptionKey = "AggregateCommand.sort")
    String sort;

    @Option(names = "--desc", descriptionKey = "AggregateCommand.descending")
    boolean descending;

    @Option(names = "--top", paramLabel = "N", descriptionKey = "AggregateCommand.top")
    Integer top;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "AggregateCommand.quiet")
    boolean quiet;

    @Mixin InputOptions input;
    @Mixin WhereOption where;
    @Mixin FailOnOption failOn;
    @Mixin Lang lang;
    @Mixin Debug debug;
    @Mixin Force force;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Emit.needsFile(output, format.binary());
        if (top != null && sort == null) {
            throw new Problem("aggregate.topNeedsSort");
        }
        if (top != null && top < 1) {
            throw new Problem("aggregate.top", String.valueOf(top));
        }
        Ranking ranking = sort == null ? null : new Ranking(sort, descending, top == null ? 0 : top);
        Messages messages = Messages.of(lang.locale());
        Plan plan = where.apply(input.plan(paths));
        plan.guard(output);
        List<String> levels0 = by.isEmpty() ? List.of("township") : by;
        List<String> asked = pivot == null ? levels0 : levels0.stream().map(l -> l + Grouping.CROSS + pivot).toList();
        DataPass.Aggregated result = DataPass.of(plan).aggregate(asked, Validator.Progress.NONE,
                messages.chinese(), List.of(), input.period);
        AggregateWriter.View view = AggregateWriter.View.of(plan, lang.locale());
        if (ranking != null) {
            ranking.check(result.all());
        }
        List<Level> levels = ranking == null ? result.all() : result.all().stream().map(ranking::apply).toList();
        Emit.to(output, out -> format.writer().write(levels, view, out), spec, force);
        if (!quiet) {
            where.note(plan, messages, spec.commandLine().getErr());
            // a year made from its quarters: said beside the tables, not only in the findings
            result.report().findings().stream().filter(f -> f.messageKey().equals("AGG-PERIOD.fromParts"))
                    .forEach(f -> spec.commandLine().getErr().println("shequ: " + messages.format(f.messageKey(), f.args())));
            spec.commandLine().getErr().println(Summaries.line(result.report().summary(), messages.chinese())
                    + messages.format("aggregate.seeValidate", List.of()));
        }
        return result.report().exitCode(failOn.failOn);
    }

}
