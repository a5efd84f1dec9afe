package org.shequ.core.validate;

import org.shequ.core.schema.Period;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.io.ReadLimits;
import org.shequ.core.io.Readers;
import org.shequ.core.io.SourceFile;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.validate.checks.DataChecks;
import org.shequ.core.workspace.Inputs;

/** Test helper: validates files as the CLI would and renders findings as "line field rule severity". */
final class Validation {
    private Validation() {
    }

    static Report run(List<SourceFile> files, Settings settings) {
        return new Validator(Dictionary.builtIn(), DivisionRegistry.bundled(), settings, DataChecks::all)
                .validate(files, List.of(), Validator.Progress.NONE);
    }

    /** Every readable file of a folder, with the folder's case.properties applied. */
    static Report folder(Path dir) {
        Properties p = new Properties();
        Path props = dir.resolve("case.properties");
        try {
            if (Files.exists(props)) {
                try (var in = Files.newInputStream(props)) {
                    p.load(in);
                }
            }
            List<SourceFile> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(f -> f.getFileName().toString().startsWith("in") && Readers.readable(f)).sorted()
                        .map(f -> SourceFile.of(f, f.getFileName().toString()).withEncoding(Inputs.charset(p.getProperty("encoding"))))
                        .toList();
            }
            Period period = p.getProperty("period") == null ? null : Period.parse(p.getProperty("period")).orElseThrow();
            return run(files, new Settings(period, p.getProperty("jurisdiction"), ReadLimits.DEFAULT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> rows(Report report) {
        return report.findings().stream()
                .map(f -> f.location().line() + " " + (f.location().field() == null ? "-" : f.location().field())
                        + " " + f.rule() + " " + f.severity().key())
                .toList();
    }
}
