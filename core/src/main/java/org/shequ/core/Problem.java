package org.shequ.core;

import java.util.List;

/**
 * The run cannot go on as asked: a bad option, a missing file, an invalid workspace, rule pack
 * or template (exit 2). The message is a key of the message bundle with its arguments, so the
 * user reads it in the language of the run.
 */
public final class Problem extends RuntimeException {
    private final String key;
    private final List<Object> args;

    public Problem(String key, Object... args) {
        this(null, key, args);
    }

    public Problem(Throwable cause, String key, Object... args) {
        super(key + " " + List.of(args), cause);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
