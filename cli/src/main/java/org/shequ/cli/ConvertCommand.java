package org.shequ.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.shequ.core.Messages;
import org.shequ.core.Problem;
import org.shequ.core.convert.Converter;
import org.shequ.core.io.SourceFile;
import org.shequ.core.validate.Inspector;
import org.shequ.core.validate.Severity;
import org.shequ.core.workspace.Inputs;
import org.shequ.core.workspace.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import java.nio.file.Files;

/** {@code shequ convert IN OUT}: a table between CSV, XLSX and YAML through the dictionary. */
@Command(resourceBundle = "org.shequ.cli.usage", name = "convert", mixinStandardHelpOptions = true)
final class ConvertCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN", descriptionKey = "ConvertCommand.in") Path in;
    @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "ConvertCommand.out")
    Path out;

    @Option(names = "--headers", defaultValue = "zh", paramLabel = "zh|key",
            descriptionKey = "ConvertCommand.headers")
    Converter.Headers headers;

    @Option(names = "--out-encoding", paramLabel = "CHARSET",
            descriptionKey = "ConvertCommand.outEncoding")
    String outEncoding;

    @Mixin InputOptions input;
    @Mixin Lang lang;
    @Mixin Debug debug;
    @Mixin Force force;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.of(lang.locale());
        if (!Files.isRegularFile(in)) {
            throw new Problem("input.missing", in.toString());
        }
        Plan plan = input.plan(List.of(in.toString()));
        plan.guard(out);
        SourceFile file = plan.files().get(0);
        Converter.Result r = new Converter(new Inspector(plan.dictionary(), plan.settings()))
                .convert(file, out, headers, Inputs.charset(outEncoding), force.force);
        var err = spec.commandLine().getErr();
        long problems = r.read().notes().stream().filter(n -> n.severity() == Severity.ERROR).count();
        long skipped = r.read().tables().stream().mapToLong(t -> t.skipped().values().stream().mapToLong(List::size).sum()).sum();
        String kind = messages.chinese() ? plan.dictionary().kind(r.kind()).map(k -> k.label()).orElse(r.kind()) : r.kind();
        err.println(messages.format("convert.done", List.of(out, r.rows(), kind))
                + (skipped > 0 ? messages.format("convert.skipped", List.of(skipped)) : "")
                + (problems > 0 ? messages.format("convert.problems", List.of(problems, in)) : ""));
        err.flush();
        return ExitCode.OK;
    }
}
