package org.shequ.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shequ.cli.output.BurdenText;
import org.shequ.cli.output.Columns;
import org.shequ.core.Messages;
import org.shequ.core.Problem;
import org.shequ.core.access.AccessCatalog;
import org.shequ.core.access.AccessItem;
import org.shequ.core.access.AccessList;
import org.shequ.core.access.AccessSummary;
import org.shequ.core.access.Approval;
import org.shequ.core.access.Burden;
import org.shequ.core.validate.Validator;
import org.shequ.core.workspace.Plan;
import org.shequ.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shequ access summary | burden}: the access lists at a glance, and the burden on communities. */
@Command(name = "access", mixinStandardHelpOptions = true,
        description = {"准入清单：清单概况、社区负担统计。", "Access lists: a summary, and the burden put on communities."},
        subcommands = {AccessCommand.Summary.class, AccessCommand.BurdenTable.class})
final class AccessCommand {

    static Plan plan(Path dir) {
        if (!Workspace.isWorkspace(dir)) {
            throw new Problem("workspace.missing", dir.resolve(Workspace.FILE).toString());
        }
        return Plan.of(List.of(dir), List.of(dir.toString()), Plan.Overrides.NONE);
    }

    @Command(name = "summary", mixinStandardHelpOptions = true, description = {"清单概况 / the lists at a glance"})
    static final class Summary implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = ".") Path dir;
        @Option(names = "--as-of", paramLabel = "DATE", description = "判断审批即将到期的日期（默认今天）/ the day approvals expire from (default: today)")
        LocalDate asOf;
        @Option(names = "--days", defaultValue = "30", description = "多少天内到期算即将到期（默认 ${DEFAULT-VALUE}）")
        int days;
        @Mixin Lang lang;
        @Mixin Debug debug;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            AccessCatalog c = plan(dir).access();
            Messages m = Messages.of(lang.locale());
            PrintWriter out = spec.commandLine().getOut();
            List<String[]> rows = new ArrayList<>();
            rows.add(Stream.of("list", "kind", "document", "effective", "category", "items")
                    .map(h -> m.format("access.column." + h, List.of())).toArray(String[]::new));
            for (Map.Entry<AccessList, Map<String, Integer>> e : AccessSummary.byCategory(c).entrySet()) {
                AccessList l = e.getKey();
                rows.add(new String[] {l.title(), l.kind().label(), l.document() == null ? "" : l.document(),
                        l.effective().toString(), m.format("access.all", List.of()), Integer.toString(l.items().size())});
                e.getValue().forEach((cat, n) -> {
                    if (!cat.isEmpty()) {
                        rows.add(new String[] {"", "", "", "", cat, Integer.toString(n)});
                    }
                });
            }
            out.print(Columns.align(rows));
            List<AccessItem> noBasis = AccessSummary.withoutBasis(c);
            out.println();
            out.println(m.format("access.noBasis", List.of(noBasis.size())));
            noBasis.forEach(i -> out.println("  " + i.list().title() + "  " + i.id() + "  " + i.name()));
            Map<String, List<AccessItem>> twice = AccessSummary.onTwoLists(c);
            out.println(m.format("access.twice", List.of(twice.size())));
            twice.values().forEach(items -> out.println("  " + items.get(0).name() + "：" + String.join("、",
                    items.stream().map(i -> i.list().title() + " " + i.id()).toList())));
            LocalDate day = asOf == null ? LocalDate.now() : asOf;
            List<Approval> expiring = AccessSummary.expiring(c, day, days);
            out.println(m.format("access.expiring", List.of(days, day.toString(), expiring.size())));
            expiring.forEach(a -> out.println("  " + a.expires() + "  " + a.item() + "  " + a.department()));
            if (!c.problems().isEmpty()) {
                out.println(m.format("access.problems", List.of(c.problems().size())));
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "burden", mixinStandardHelpOptions = true, description = {"社区负担：按社区或部门统计下达的事项 / the burden per community or department"})
    static final class BurdenTable implements Callable<Integer> {
        enum By { community, department }

        @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = ".") Path dir;
        @Option(names = "--by", defaultValue = "community", description = "community 或 department（默认 ${DEFAULT-VALUE}）") By by;
        @Mixin Lang lang;
        @Mixin Debug debug;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Plan plan = plan(dir);
            Burden burden = plan.run(List.of(), Validator.Progress.NONE).burden();
            spec.commandLine().getOut().print(BurdenText.of(burden, by == By.community, Messages.of(lang.locale())));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
