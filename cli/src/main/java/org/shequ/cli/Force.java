package org.shequ.cli;

import picocli.CommandLine.Option;

/**
 * {@code --force}: the output file named replaces whatever file is there. Without it a data
 * workbook or table that shequ did not write is not replaced (see {@code Ownership}).
 */
final class Force {
    @Option(names = "--force", description = "覆盖已有的非 shequ 写出的文件 / replace an existing file shequ did not write")
    boolean force;
}
