package org.shequ.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.shequ.core.Messages;
import org.shequ.core.Problem;
import org.shequ.core.lint.DocumentText;
import org.shequ.core.lint.Linter;
import org.shequ.core.lint.TextLine;
import org.shequ.core.validate.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shequ lint FILE…}: a report's text (md, txt, docx) checked for unfilled placeholders,
 * impossible numbers and mis-converted words; findings in any findings format, exit 1 on errors.
 */
@Command(resourceBundle = "org.shequ.cli.usage", name = "lint", mixinStandardHelpOptions = true)
final class LintCommand implements Callable<Integer> {
    private static final List<String> KINDS = List.of(".md", ".markdown", ".txt", ".docx");

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "LintCommand.files")
    List<Path> files;

    @Mixin FindingsOptions findings;
    @Mixin Lang lang;
    @Mixin Debug debug;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new Problem("input.missing", f.toString());
            }
            String lower = f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (KINDS.stream().noneMatch(lower::endsWith)) {
                throw new Problem("lint.kind", f.toString());
            }
        }
        List<Finding> all = new ArrayList<>();
        long lines = 0;
        for (Path f : files) {
            List<TextLine> text = DocumentText.read(f, f.toString());
            lines += text.size();
            all.addAll(Linter.lint(f.toString(), text));
        }
        Messages messages = Messages.of(lang.locale());
        return findings.emit(Linter.report(files.size(), lines, all), messages,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
