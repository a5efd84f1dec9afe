package org.shequ.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.shequ.core.Messages;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Validator;
import org.shequ.core.workspace.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shequ validate [PATH…]}: check data files, folders or a workspace. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"校验数据文件、文件夹或工作区，输出问题清单。", "Check data files, folders or a workspace; print the findings."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "文件、文件夹或工作区（默认当前目录）/ files, folders or a workspace")
    List<String> paths;

    @Mixin InputOptions input;
    @Mixin WhereOption where;
    @Mixin FindingsOptions findings;
    @Mixin Lang lang;
    @Mixin Debug debug;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.of(lang.locale());
        Plan plan = where.apply(input.plan(paths));
        plan.guard(findings.output);
        Validator.Progress progress = TerminalProgress.of(spec.commandLine().getErr(), messages.chinese(), findings.quiet);
        Report report = plan.validate(List.of(), progress);
        if (progress instanceof TerminalProgress t) {
            t.clear();
        }
        if (!findings.quiet) {
            where.note(plan, messages, spec.commandLine().getErr());
        }
        return findings.emit(report, messages, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
