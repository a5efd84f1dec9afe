package org.shequ.cli;

import org.shequ.core.validate.FailOn;
import picocli.CommandLine.Option;

/** {@code --fail-on}: the lowest severity that makes the run exit 1. */
public final class FailOnOption {
    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            descriptionKey = "FailOnOption.failOn")
    FailOn failOn;
}
