package org.shequ.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden cases under src/test/resources/golden: each folder holds input files and
 * expected.txt with one "line field rule severity" row per finding, in the findings' order.
 * A new case is a new folder.
 */
class GoldenTest {

    @TestFactory
    Stream<DynamicTest> golden() throws IOException, URISyntaxException {
        Path root = Path.of(GoldenTest.class.getResource("/golden").toURI());
        List<Path> cases;
        try (Stream<Path> s = Files.list(root)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            List<String> expected = Files.readAllLines(dir.resolve("expected.txt")).stream().filter(l -> !l.isBlank()).toList();
            assertEquals(expected, Validation.rows(Validation.folder(dir)), dir.getFileName().toString());
        }));
    }
}
