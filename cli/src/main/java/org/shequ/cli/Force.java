package org.shequ.cli;

import picocli.CommandLine.Option;

/**
 * {@code --force}: the output file named replaces whatever file is there. Without it a data
 * workbook or table that shequ did not write is not replaced (see {@code Ownership}).
 */
final class Force {
    @Option(names = "--force", descriptionKey = "Force.force")
    boolean force;
}
