package org.shequ.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.shequ.cli.output.inspect.InspectFormat;
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
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"查看文件如何被读取：读取和跳过的工作表及原因、表头行、每列对应的字段、按类别跳过的行、年度。",
                "How a file is read: sheets read and skipped (and why), the header rows, the field of each column, rows skipped by kind, the period."})
final class InspectCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "文件、文件夹或工作区 / files, folders or a workspace")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json (default: ${DEFAULT-VALUE})")
    InspectFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "写入文件（原子写入）/ write to FILE, atomically")
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
