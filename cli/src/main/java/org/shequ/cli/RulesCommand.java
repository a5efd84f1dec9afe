package org.shequ.cli;

import org.shequ.core.Words;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shequ.core.output.Columns;
import org.shequ.core.Messages;
import org.shequ.core.Problem;
import org.shequ.core.rules.PackDoc;
import org.shequ.core.rules.PackLoader;
import org.shequ.core.rules.RuleDef;
import org.shequ.core.rules.RuleSet;
import org.shequ.core.schema.Dictionary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.shequ.core.Text;

/** {@code shequ rules list | show ID | check FILE}: the rule catalogue and pack validation. */
@Command(resourceBundle = "org.shequ.cli.usage", name = "rules", mixinStandardHelpOptions = true,
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Show.class, RulesCommand.Check.class})
final class RulesCommand {

    /** Options shared by the subcommands: which packs, and the language. */
    static final class Packs {
        @Option(names = "--pack", paramLabel = "PACK", descriptionKey = "RulesCommand.Packs.packs")
        List<String> packs = new ArrayList<>();

        RuleSet resolve() {
            List<String> refs = packs.isEmpty() ? PackLoader.BUILT_IN : packs;
            return RuleSet.resolve(refs, Map.of(), "", Path.of(""), Dictionary.builtIn());
        }
    }

    @Command(resourceBundle = "org.shequ.cli.usage", name = "list", mixinStandardHelpOptions = true)
    static final class ListRules implements Callable<Integer> {
        @Mixin Packs packs;
        @Mixin Lang lang;
        @Mixin Debug debug;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Locale locale = lang.locale();
            Messages m = Messages.of(locale);
            List<String[]> rows = new ArrayList<>();
            rows.add(Stream.of("rule", "title", "severity", "pack", "source").map(c -> m.format("rules.column." + c, List.of())).toArray(String[]::new));
            for (RuleDef r : packs.resolve().rules()) {
                rows.add(new String[] {r.id(), r.title().in(locale) + (r.level() ? m.format("rules.level", List.of()) : "")
                        + (r.enabled() ? "" : m.format("rules.disabled", List.of())),
                        r.severity().key(), r.pack(), source(r)});
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(Columns.align(rows));
            out.flush();
            return ExitCode.OK;
        }
    }

    @Command(resourceBundle = "org.shequ.cli.usage", name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "ID") String id;
        @Mixin Packs packs;
        @Mixin Lang lang;
        @Mixin Debug debug;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            RuleDef r = packs.resolve().rule(id).orElseThrow(() -> new Problem("rule.unknown", id));
            Locale locale = lang.locale();
            Messages m = Messages.of(locale);
            PrintWriter out = spec.commandLine().getOut();
            PackDoc.RuleDoc d = r.doc();
            out.println(r.id() + "  " + r.title().in(locale));
            line(out, m, "severity", r.severity().key() + (r.enabled() ? "" : m.format("rules.disabled", List.of())));
            line(out, m, "kind", r.kind() + (d.level == null ? "" : " (" + d.level + ")"));
            line(out, m, "applies", r.on() + (r.applies() == null ? "" : " " + String.join("/", r.applies()))
                    + (d.when == null ? "" : " when " + d.when));
            if (!r.params().isEmpty()) {
                line(out, m, "parameters", r.params().toString());
            }
            line(out, "value", d.value);
            line(out, "limit", d.limit);
            line(out, m, "check", d.check);
            if (!d.fields.isEmpty()) {
                line(out, "fields", String.join(", ", d.fields) + (d.urbanFields.isEmpty() ? "" : " + urban " + String.join(", ", d.urbanFields)));
            }
            if (d.field != null && !d.items.isEmpty()) {
                line(out, d.field, String.join(Words.get("join"), d.items));
            }
            line(out, m, "expected", d.expected);
            line(out, m, "message", Text.of(d.message).in(locale));
            line(out, m, "source", source(r));
            line(out, m, "clause", r.clause());
            line(out, m, "defined", r.origin().file() + ":" + r.origin().line() + " (" + r.pack() + ")");
            out.flush();
            return ExitCode.OK;
        }

        /** A line labelled in the message language (rules.show.KEY). */
        private static void line(PrintWriter out, Messages m, String key, String value) {
            line(out, m.format("rules.show." + key, List.of()), value);
        }

        private static void line(PrintWriter out, String label, String value) {
            if (value != null && !value.isBlank()) {
                out.println("  " + label + ": " + value);
            }
        }
    }

    @Command(resourceBundle = "org.shequ.cli.usage", name = "check", mixinStandardHelpOptions = true)
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "FILE") String file;
        @Mixin Lang lang;
        @Mixin Debug debug;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            RuleSet set = RuleSet.resolve(List.of(file), Map.of(), "", Path.of(""), Dictionary.builtIn());
            long enabled = set.rules().stream().filter(RuleDef::enabled).count();
            spec.commandLine().getOut().println(Messages.of(lang.locale()).format("rules.valid", List.of(file, set.rules().size(), enabled)));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }

    static String source(RuleDef r) {
        if (r.source() == null) {
            return "";
        }
        PackDoc.SourceDoc s = r.source();
        return s.title + (s.number == null ? "" : " " + s.number) + (s.date == null ? "" : " (" + s.date + ")");
    }
}
