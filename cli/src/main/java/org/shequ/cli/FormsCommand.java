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
@Command(name = "forms", mixinStandardHelpOptions = true,
        description = {"生成下一期的填报表：每个镇（街）一个工作簿（--by county 每县一个），代码、名称按区划代码库填好并锁定，"
                + "各项有数字和下拉检查、填写提示，附上期数据和填报说明；填回的表 shequ 原样读取。",
                "The fill-in forms for the next collection: one workbook per township, units filled and locked, cells checked as typed."})
final class FormsCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "工作区、文件或文件夹（上期数据；默认当前目录）/ a workspace or the last period's files")
    List<String> paths;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "填报表写入的目录 / folder for the forms")
    Path output;

    @Option(names = "--by", defaultValue = "township", paramLabel = "township|county", description = "每个镇（街）一个工作簿（默认），或每县一个、每镇一个工作表 / one workbook per township or per county")
    String by;

    @Option(names = "--for", paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "要填报的年度或期间（默认：数据中最近期间的下一期）/ the period to collect (default: the one after the latest in the data)")
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
