package org.shequ.cli;

import org.shequ.core.workspace.PlanLoader;
import org.shequ.core.workspace.DataPass;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shequ.core.output.BurdenText;
import org.shequ.core.output.Columns;
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
@Command(resourceBundle = "org.shequ.cli.usage", name = "access", mixinStandardHelpOptions = true,
        subcommands = {AccessCommand.Summary.class, AccessCommand.BurdenTable.class})
final class AccessCommand {

    static Plan plan(Path dir) {
        if (!Workspace.isWorkspace(dir)) {
            throw new Problem("workspace.missing", dir.resolve(Workspace.FILE).toString());
        }
        return PlanLoader.load(List.of(dir), List.of(dir.toString()), Plan.Overrides.NONE);
    }

    @Command(resourceBundle = "org.shequ.cli.usage", name = "summary", mixinStandardHelpOptions = true)
    static final class Summary implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = ".") Path dir;
        @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "AccessCommand.Summary.asOf")
        LocalDate asOf;
        @Option(names = "--days", defaultValue = "30", descriptionKey = "AccessCommand.Summary.days")
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
            twice.values().forEach(items -> out.println("  " + m.format("access.twiceItem", List.of(items.get(0).name(),
                    items.stream().map(i -> i.list().title() + " " + i.id()).toList()))));
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

    @Command(resourceBundle = "org.shequ.cli.usage", name = "burden", mixinStandardHelpOptions = true)
    static final class BurdenTable implements Callable<Integer> {
        enum By { community, department }

        @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = ".") Path dir;
        @Option(names = "--by", defaultValue = "community", descriptionKey = "AccessCommand.BurdenTable.by") By by;
        @Mixin Lang lang;
        @Mixin Debug debug;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Plan plan = plan(dir);
            Burden burden = DataPass.of(plan).run(List.of(), Validator.Progress.NONE).burden();
            spec.commandLine().getOut().print(BurdenText.of(burden, by == By.community, Messages.of(lang.locale())));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
