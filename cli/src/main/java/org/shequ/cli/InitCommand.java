package org.shequ.cli;

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
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"新建工作区：shequ.yaml、填报模板和示例数据。", "Create a workspace: shequ.yaml, fill-in templates and an example."})
final class InitCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = ".", description = "目录 / folder")
    Path dir;

    @Option(names = "--jurisdiction", paramLabel = "CODE", defaultValue = "610324",
            description = "辖区区划代码（默认扶风县 610324）/ division code of the jurisdiction (default: ${DEFAULT-VALUE})")
    String jurisdiction;

    @Option(names = "--period", paramLabel = "PERIOD", defaultValue = "2023", converter = PeriodConverter.class,
            description = "年度或期间（2023、2023Q1…）/ period (default: ${DEFAULT-VALUE})")
    Period period;

    @Mixin Lang lang;
    @Mixin Debug debug;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        boolean zh = Lang.chinese(lang.locale());
        List<Path> written = Scaffold.create(dir, jurisdiction, period, zh);
        PrintWriter out = spec.commandLine().getOut();
        out.println(zh ? "已创建工作区 " + dir + "：" : "created workspace " + dir + ":");
        written.forEach(p -> out.println("  " + p));
        String run = Invocation.command() + " run " + dir;
        out.println(zh ? "下一步：把各单位报来的表放进 " + dir.resolve("data") + "，再运行 " + run
                : "next: put the sheets the units sent into " + dir.resolve("data") + ", then run " + run);
        out.flush();
        return ExitCode.OK;
    }
}
