package org.shequ.cli;

import org.shequ.core.Words;
import org.shequ.core.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.shequ.core.io.AtomicFile;
import org.shequ.core.Problem;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.JsonSchema;
import org.shequ.core.schema.Kind;
import org.shequ.core.schema.TemplateWorkbook;
import org.shequ.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.shequ.core.output.Columns;

/**
 * {@code shequ schema [KIND]}: the field dictionary as a table, a JSON Schema, or an Excel
 * fill-in template (Chinese headers, unit and range as notes, drop-downs, frozen header).
 */
@Command(resourceBundle = "org.shequ.cli.usage", name = "schema", mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {
    enum Format { table, json, xlsx }

    @Parameters(arity = "0..1", paramLabel = "KIND", descriptionKey = "SchemaCommand.kind")
    String kind;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", descriptionKey = "SchemaCommand.format")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "SchemaCommand.output")
    Path output;

    @Option(names = "--workspace", paramLabel = "DIR", descriptionKey = "SchemaCommand.workspace")
    Path workspace;

    @Mixin Lang lang;
    @Mixin Debug debug;
    @Mixin Force force;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Dictionary dictionary = workspace == null ? Dictionary.builtIn() : Workspace.load(workspace).dictionary(Dictionary.builtIn());
        List<Kind> kinds = kind == null ? dictionary.kinds()
                : List.of(dictionary.kind(kind).orElseThrow(() -> new Problem("option.kind", kind,
                        String.join(", ", dictionary.kinds().stream().map(Kind::name).toList()))));
        Locale locale = lang.locale();
        switch (format) {
            case xlsx -> {
                if (output == null) {
                    throw new Problem("schema.xlsxNeedsOutput");
                }
                AtomicFile.output(output, out -> TemplateWorkbook.write(kinds, out), force.force);
            }
            case json -> text(JsonSchema.of(kinds));
            case table -> text(table(kinds, locale));
        }
        return ExitCode.OK;
    }

    private void text(String s) {
        Emit.to(output, out -> out.write(s.getBytes(StandardCharsets.UTF_8)), spec, force);
    }

    private static String table(List<Kind> kinds, Locale locale) {
        boolean zh = Lang.chinese(locale);
        StringBuilder s = new StringBuilder();
        for (Kind k : kinds) {
            s.append(k.name()).append(" — ").append(k.label(locale)).append('\n');
            List<String[]> rows = new ArrayList<>();
            Messages m = Messages.of(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
            rows.add(List.of("key", "header", "aliases", "type", "unit", "range", "required").stream()
                    .map(c -> m.format("schema.column." + c, List.of())).toArray(String[]::new));
            for (Field f : k.fields()) {
                rows.add(new String[] {f.key(), f.label(), String.join(Words.get("join"), f.aliases()), f.type().key()
                        + (f.values().isEmpty() ? "" : " (" + String.join("/", f.values().stream().map(v -> v.key() + "=" + v.label()).toList()) + ")"),
                        f.unit() == null ? "" : f.unit(), TemplateWorkbook.range(f), f.required() ? Messages.of(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH).format("schema.required", List.of()) : ""});
            }
            s.append(Columns.align(rows)).append('\n');
        }
        return s.toString();
    }
}
