package org.shequ.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** The top-level {@code shequ} command and the wiring shared by all subcommands. */
@Command(resourceBundle = "org.shequ.cli.usage", name = "shequ", mixinStandardHelpOptions = true, versionProvider = Shequ.Version.class,
        subcommands = {RunCommand.class, ValidateCommand.class, AggregateCommand.class, RenderCommand.class, LintCommand.class, DiffCommand.class, InspectCommand.class, ConvertCommand.class, FeedbackCommand.class, RulesCommand.class, AccessCommand.class, DivisionCommand.class,
                SchemaCommand.class, FormsCommand.class, InitCommand.class, picocli.AutoComplete.GenerateCompletion.class,
                CommandLine.HelpCommand.class})
public final class Shequ {

    /** A command line with shequ's exit-code policy and error handling and every subcommand. */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new Shequ()));
    }

    /**
     * The command line for these arguments: when they begin with the name of a subcommand, only
     * that one is built (picocli reflects on a command's class, its options and mixins, and loads
     * what they name, when it builds the model: about a third of a second for all of them); for
     * help, completion, options of shequ itself or a name that is not a command, all of them.
     * The subcommands are those the {@code @Command} annotation lists, so help, man pages and
     * completion see the same ones.
     */
    public static CommandLine commandLine(String... args) {
        Command root = Shequ.class.getAnnotation(Command.class);
        if (args.length > 0) {
            for (Class<?> c : root.subcommands()) {
                Command sub = c.getAnnotation(Command.class);
                if (sub.name().equals(args[0]) && c != CommandLine.HelpCommand.class && c != picocli.AutoComplete.GenerateCompletion.class) {
                    CommandSpec spec = CommandSpec.wrapWithoutInspection(new Shequ());
                    spec.updateCommandAttributes(root, CommandLine.defaultFactory());
                    spec.mixinStandardHelpOptions(true);
                    CommandLine cl = new CommandLine(spec);
                    cl.addSubcommand(sub.name(), new CommandLine(c));
                    return configure(cl);
                }
            }
        }
        return commandLine();
    }

    private static CommandLine configure(CommandLine cl) {
        cl.setExecutionExceptionHandler(new Errors());
        cl.setParameterExceptionHandler(new Errors());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = Shequ.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "dev");
    }

    /** Prints the version for {@code --version}. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"shequ " + version()};
        }
    }
}
