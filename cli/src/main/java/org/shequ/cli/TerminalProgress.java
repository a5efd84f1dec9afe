package org.shequ.cli;

import java.io.PrintWriter;
import org.shequ.core.validate.Validator;

/**
 * Progress on stderr for long runs, only when stderr is an interactive terminal and not in CI:
 * a pipe, a file or a CI log never gets carriage-return noise.
 */
final class TerminalProgress implements Validator.Progress {
    private final PrintWriter err;
    private final boolean zh;
    private boolean shown;

    private TerminalProgress(PrintWriter err, boolean zh) {
        this.err = err;
        this.zh = zh;
    }

    static Validator.Progress of(PrintWriter err, boolean zh, boolean quiet) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return quiet || !terminal ? Validator.Progress.NONE : new TerminalProgress(err, zh);
    }

    @Override
    public void update(String file, long records) {
        err.print("\r" + (zh ? "已读 " + records + " 条记录：" : "read " + records + " records: ") + file + "\u001B[K");
        err.flush();
        shown = true;
    }

    void clear() {
        if (shown) {
            err.print("\r\u001B[K");
            err.flush();
        }
    }
}
