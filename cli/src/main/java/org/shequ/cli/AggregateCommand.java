package org.shequ.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.shequ.cli.output.aggregate.AggregateFormat;
import org.shequ.cli.output.aggregate.AggregateWriter;
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
import org.shequ.cli.output.Summaries;
import org.shequ.core.aggregate.Grouping;

/** {@code shequ aggregate [PATH…] --by LEVEL}: statistics from community up the division tree. */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = {"汇总：按乡镇、县、市、省或任一字段，一次读取多层汇总。", "Add up by township, county, city, province or any field, several levels in one pass."})
final class AggregateCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "文件、文件夹或工作区（默认当前目录）")
    List<String> paths;

    @Option(names = "--by", split = ",", paramLabel = "LEVEL", description = "township、county、city、province 或字段键；可重复或逗号分隔（默认 township）")
    List<String> by = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table, csv, json, md, xlsx (default: ${DEFAULT-VALUE})")
    AggregateFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "写入文件（原子写入；xlsx 必须）/ write to FILE (required for xlsx)")
    Path output;

    @Option(names = "--pivot", paramLabel = "FIELD", description = "每一层再按字段的取值分行（如 type：各镇的城市社区、农村社区），比值在每格按合计计算 / cross each level with a field's values")
    String pivot;

    @Option(names = "--sort", paramLabel = "METRIC", description = "按指标排序各级的行（如 households、service_area_per_100、pass_rate.STD-SPACE-100、units），缺该指标的行在最后 / rank each level's rows by a metric")
    String sort;

    @Option(names = "--desc", description = "从大到小（默认从小到大）/ largest first")
    boolean descending;

    @Option(names = "--top", paramLabel = "N", description = "只列排序后的前 N 行（合计仍为全部单位）/ only the first N rows (the total stays every unit's)")
    Integer top;

    @Option(names = {"-q", "--quiet"}, description = "不打印汇总行 / no summary line on stderr")
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
        Plan.Aggregated result = plan.aggregate(asked, Validator.Progress.NONE,
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
