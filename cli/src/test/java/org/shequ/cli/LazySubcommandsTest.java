package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A command line built for one subcommand behaves exactly as the one with all of them. */
class LazySubcommandsTest {

    @Test
    void onlyTheNamedSubcommandIsBuilt() {
        CommandLine cl = Shequ.commandLine("validate", "x.csv");
        assertEquals(java.util.Set.of("validate"), cl.getSubcommands().keySet());
        assertTrue(Shequ.commandLine("help", "validate").getSubcommands().size() > 10);
        assertTrue(Shequ.commandLine("--help").getSubcommands().size() > 10);
        assertTrue(Shequ.commandLine("valdate").getSubcommands().size() > 10, "a misspelt name gets suggestions from all");
    }

    @Test
    void helpVersionAndErrorsAreTheSame() {
        for (Class<?> c : Shequ.class.getAnnotation(Command.class).subcommands()) {
            String name = c.getAnnotation(Command.class).name();
            for (String[] args : new String[][] {{name, "--help"}, {name, "--no-such-option"}, {name, "--version"}}) {
                Cli lazy = Cli.run(Shequ.commandLine(args), args);
                Cli full = Cli.run(Shequ.commandLine(), args);
                assertEquals(full, lazy, String.join(" ", args));
            }
        }
    }
}
