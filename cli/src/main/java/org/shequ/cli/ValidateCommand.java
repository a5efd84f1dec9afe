package org.shequ.cli;

import org.shequ.core.workspace.DataPass;
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
@Command(resourceBundle = "org.shequ.cli.usage", name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", descriptionKey = "ValidateCommand.paths")
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
        Report report = DataPass.of(plan).validate(List.of(), progress);
        progress.done();
        if (!findings.quiet) {
            where.note(plan, messages, spec.commandLine().getErr());
        }
        return findings.emit(report, messages, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
