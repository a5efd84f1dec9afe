package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help's texts come from usage.properties: every command has a description there, every option
 * of shequ's own has one, and the file holds no text that nothing shows.
 */
class UsageTextsTest {

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Shequ.class.getResourceAsStream("usage.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static void walk(CommandLine cl, List<CommandSpec> out) {
        out.add(cl.getCommandSpec());
        cl.getSubcommands().values().stream().distinct().forEach(sub -> walk(sub, out));
    }

    private static List<CommandSpec> commands() {
        List<CommandSpec> all = new ArrayList<>();
        walk(Shequ.commandLine(), all);
        // picocli's own (help, completion) describe themselves
        all.removeIf(c -> c.userObject() instanceof CommandLine.HelpCommand || c.userObject() instanceof picocli.AutoComplete.GenerateCompletion);
        return all;
    }

    private static boolean described(String[] lines) {
        return lines.length > 0 && !String.join("", lines).isBlank();
    }

    @Test
    void everyCommandAndOptionIsDescribed() {
        List<String> bare = new ArrayList<>();
        for (CommandSpec c : commands()) {
            if (!described(c.usageMessage().description())) {
                bare.add(c.qualifiedName());
            }
            for (OptionSpec o : c.options()) {
                if (!o.usageHelp() && !o.versionHelp() && !described(o.description())) {
                    bare.add(c.qualifiedName() + " " + o.longestName());
                }
            }
        }
        assertEquals(List.of(), bare, "commands and options without a description in usage.properties");
    }

    @Test
    void theBundleHoldsOnlyTextsThatAreShown() throws IOException {
        Set<String> used = new TreeSet<>();
        for (CommandSpec c : commands()) {
            used.add(c.qualifiedName(".") + ".usage.description");
            List<ArgSpec> args = new ArrayList<>(c.options());
            args.addAll(c.positionalParameters());
            for (ArgSpec a : args) {
                if (a.descriptionKey() != null && !a.descriptionKey().isEmpty()) {
                    used.add(a.descriptionKey());
                }
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String key : bundle().stringPropertyNames()) {
            String base = key.replaceFirst("\\.\\d+$", "");
            if (!used.contains(base)) {
                unused.add(key);
            }
        }
        assertTrue(unused.isEmpty(), "keys in usage.properties that no command or option uses: " + unused);
    }
}
