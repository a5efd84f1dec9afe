package org.shequ.cli;

import org.shequ.core.validate.FailOn;
import picocli.CommandLine.Option;

/** {@code --fail-on}: the lowest severity that makes the run exit 1. */
public final class FailOnOption {
    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "达到此级别即退出码 1 / exit 1 at this severity: error, warning, info, never (default: ${DEFAULT-VALUE})")
    FailOn failOn;
}
