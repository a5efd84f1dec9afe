package org.shequ.cli;

import org.shequ.core.workspace.DataPass;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.shequ.core.output.FeedbackSummary;
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
@Command(resourceBundle = "org.shequ.cli.usage", name = "feedback", mixinStandardHelpOptions = true)
final class FeedbackCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", descriptionKey = "FeedbackCommand.paths")
    List<String> paths;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", descriptionKey = "FeedbackCommand.output")
    Path output;

    @Option(names = "--split", paramLabel = "township", descriptionKey = "FeedbackCommand.split")
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
        DataPass.Validated validated = DataPass.of(plan).validated(List.of(), Validator.Progress.NONE);
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
