package org.shequ.cli;

import org.shequ.core.schema.Period;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.shequ.core.Messages;
import org.shequ.core.Problem;
import org.shequ.core.forms.Forms;
import org.shequ.core.workspace.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shequ forms [DIR] -o OUT}: the fill-in forms for the next collection, one per township. */
@Command(resourceBundle = "org.shequ.cli.usage", name = "forms", mixinStandardHelpOptions = true)
final class FormsCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", descriptionKey = "FormsCommand.paths")
    List<String> paths;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", descriptionKey = "FormsCommand.output")
    Path output;

    @Option(names = "--by", defaultValue = "township", paramLabel = "township|county", descriptionKey = "FormsCommand.by")
    String by;

    @Option(names = "--for", paramLabel = "PERIOD", converter = PeriodConverter.class,
            descriptionKey = "FormsCommand.period")
    Period period;

    @Mixin InputOptions input;
    @Mixin WhereOption where;
    @Mixin Lang lang;
    @Mixin Debug debug;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!by.equals("township") && !by.equals("county")) {
            throw new Problem("forms.by", by);
        }
        Messages messages = Messages.of(lang.locale());
        Plan plan = where.apply(input.plan(paths));
        plan.guard(output);
        Emit.folder(output);
        Forms.Written w = Forms.write(plan, period, by.equals("county"), output);
        var err = spec.commandLine().getErr();
        where.note(plan, messages, err, "where.forms");
        err.println(messages.format("forms.written", List.of(w.files().size(), w.units(), w.period(),
                w.lastPeriod() == null ? "" : messages.format("forms.beside", List.of(w.lastPeriod())), output)));
        err.flush();
        var out = spec.commandLine().getOut();
        w.files().forEach(out::println);
        out.flush();
        return ExitCode.OK;
    }
}
