package org.shequ.cli;

import org.shequ.core.Messages;
import org.shequ.core.schema.Period;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.shequ.core.workspace.Scaffold;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shequ init DIR}: a new workspace with shequ.yaml, fill-in templates and an example. */
@Command(resourceBundle = "org.shequ.cli.usage", name = "init", mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = ".", descriptionKey = "InitCommand.dir")
    Path dir;

    @Option(names = "--jurisdiction", paramLabel = "CODE", defaultValue = "610324",
            descriptionKey = "InitCommand.jurisdiction")
    String jurisdiction;

    @Option(names = "--period", paramLabel = "PERIOD", defaultValue = "2023", converter = PeriodConverter.class,
            descriptionKey = "InitCommand.period")
    Period period;

    @Mixin Lang lang;
    @Mixin Debug debug;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        boolean zh = Lang.chinese(lang.locale());
        List<Path> written = Scaffold.create(dir, jurisdiction, period, zh);
        PrintWriter out = spec.commandLine().getOut();
        Messages m = Messages.of(lang.locale());
        out.println(m.format("init.created", List.of(dir)));
        written.forEach(p -> out.println("  " + p));
        out.println(m.format("init.next", List.of(dir.resolve("data"), Invocation.command() + " run " + dir)));
        out.flush();
        return ExitCode.OK;
    }
}
