package org.shequ.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.shequ.cli.output.FeedbackSummary;
import org.shequ.core.Messages;
import org.shequ.core.feedback.Feedback;
import org.shequ.core.feedback.MissingUnits;
import org.shequ.core.validate.Inspector;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Validator;
import org.shequ.core.workspace.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.shequ.core.Problem;

/** {@code shequ feedback [PATH…] -o DIR}: every submitted file back to its sender, marked. */
@Command(name = "feedback", mixinStandardHelpOptions = true,
        description = {"把问题送回填报单位：每个提交的工作簿复制一份，有问题的单元格标色并加批注，首页“问题清单”可点到单元格；"
                + "CSV、YAML 转成同样标注的工作簿；--split township 按镇（街）各出一份。",
                "Each submitted file back to its sender: a marked copy with a comment on every cell that has a finding."})
final class FeedbackCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "文件、文件夹或工作区（默认当前目录）")
    List<String> paths;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "反馈工作簿写入的目录 / folder for the workbooks")
    Path output;

    @Option(names = "--split", paramLabel = "township", description = "按镇（街）拆分：每个镇（街）一份工作簿，只含本镇的行和问题 / one workbook per township")
    String split;

    @Mixin InputOptions input;
    @Mixin WhereOption where;
    @Mixin FailOnOption failOn;
    @Mixin Lang lang;
    @Mixin Debug debug;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (split != null && !split.equals("township")) {
            throw new Problem("feedback.split", split);
        }
        Messages messages = Messages.of(lang.locale());
        Plan plan = where.apply(input.plan(paths));
        plan.guard(output);
        Emit.folder(output);
        Plan.Validated validated = plan.validated(List.of(), Validator.Progress.NONE);
        Report report = validated.report();
        Feedback.Result r = Feedback.write(plan.files(), report, new Inspector(plan.dictionary(), plan.settings()),
                messages, output, split != null, where.feedbackNote(plan))
                .with(MissingUnits.write(output, validated.reporting(), validated.period(), messages.chinese()));
        var err = spec.commandLine().getErr();
        where.note(plan, messages, err);
        err.println(FeedbackSummary.of(r, messages, output));
        err.flush();
        var out = spec.commandLine().getOut();
        r.files().forEach(out::println);
        out.flush();
        return report.exitCode(failOn.failOn);
    }
}
