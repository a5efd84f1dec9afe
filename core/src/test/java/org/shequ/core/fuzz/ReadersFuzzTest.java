package org.shequ.core.fuzz;

import org.shequ.core.schema.Period;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.io.ReadLimits;
import org.shequ.core.io.SourceFile;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.validate.Settings;
import org.shequ.core.validate.Validator;
import org.shequ.core.validate.checks.DataChecks;

/**
 * Any bytes as a CSV, XLSX or YAML data file: a finding at most, never an exception, never a hang.
 * {@code mvn verify} replays the seeds under src/test/resources; JAZZER_FUZZ=1 fuzzes (docs/reliability.md).
 */
class ReadersFuzzTest {
    private static final Validator VALIDATOR = new Validator(Dictionary.builtIn(), DivisionRegistry.bundled(),
            new Settings(Period.year(2023), null, ReadLimits.DEFAULT), DataChecks::all);

    private static void read(byte[] data, String suffix) throws IOException {
        Path file = Files.createTempFile("fuzz", suffix);
        try {
            Files.write(file, data);
            VALIDATOR.validate(List.of(SourceFile.of(file, "fuzz" + suffix)), List.of(), Validator.Progress.NONE);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void csv(byte[] data) throws IOException {
        read(data, ".csv");
    }

    @FuzzTest(maxDuration = "10m")
    void xlsx(byte[] data) throws IOException {
        read(data, ".xlsx");
    }

    @FuzzTest(maxDuration = "10m")
    void yaml(byte[] data) throws IOException {
        read(data, ".yaml");
    }
}
