package org.shequ.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.shequ.core.output.inspect.InspectFormat;
import org.shequ.core.Messages;
import org.shequ.core.validate.Inspector;
import org.shequ.core.workspace.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shequ inspect FILE…}: how each file is read, before anyone trusts a number from it. */
@Command(resourceBundle = "org.shequ.cli.usage", name = "inspect", mixinStandardHelpOptions = true)
final class InspectCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "InspectCommand.paths")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "InspectCommand.format")
    InspectFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "InspectCommand.output")
    Path output;

    @Mixin InputOptions input;
    @Mixin Lang lang;
    @Mixin Debug debug;
    @Mixin Force force;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.of(lang.locale());
        Plan plan = input.plan(paths);
        plan.guard(output);
        List<Inspector.FileLayout> files = new Inspector(plan.dictionary(), plan.settings()).inspect(plan.files());
        Emit.to(output, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            format.writer().write(files, messages, w);
            w.flush();
        }, spec, force);
        return ExitCode.OK;
    }
}
