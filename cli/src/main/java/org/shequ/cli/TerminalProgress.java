package org.shequ.cli;

import java.util.List;
import java.util.Locale;
import org.shequ.core.Messages;
import java.io.PrintWriter;
import org.shequ.core.validate.Validator;

/**
 * Progress on stderr for long runs, only when stderr is an interactive terminal and not in CI:
 * a pipe, a file or a CI log never gets carriage-return noise.
 */
final class TerminalProgress implements Validator.Progress {
    private final PrintWriter err;
    private final Messages messages;
    private boolean shown;

    private TerminalProgress(PrintWriter err, boolean zh) {
        this.err = err;
        this.messages = Messages.of(zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }

    static Validator.Progress of(PrintWriter err, boolean zh, boolean quiet) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return quiet || !terminal ? Validator.Progress.NONE : new TerminalProgress(err, zh);
    }

    @Override
    public void update(String file, long records) {
        err.print("\r" + messages.format("progress.read", List.of(records, file)) + "\u001B[K");
        err.flush();
        shown = true;
    }

    @Override
    public void done() {
        if (shown) {
            err.print("\r\u001B[K");
            err.flush();
        }
    }
}
