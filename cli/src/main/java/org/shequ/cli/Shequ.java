package org.shequ.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code shequ} command and the wiring shared by all subcommands. */
@Command(name = "shequ", mixinStandardHelpOptions = true, versionProvider = Shequ.Version.class,
        description = {"社区治理统计：读取、校验、汇总、成文。",
                "Community governance statistics: read, check, add up, write."},
        subcommands = {RunCommand.class, ValidateCommand.class, AggregateCommand.class, RenderCommand.class, LintCommand.class, DiffCommand.class, InspectCommand.class, ConvertCommand.class, FeedbackCommand.class, RulesCommand.class, AccessCommand.class, DivisionCommand.class,
                SchemaCommand.class, InitCommand.class, picocli.AutoComplete.GenerateCompletion.class,
                CommandLine.HelpCommand.class})
public final class Shequ {

    /** A command line with shequ's exit-code policy and error handling, as Main and tests use it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Shequ());
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
