package org.shequ.core.io;

import java.util.List;

/**
 * Something in a file that could not be read (broken quoting, undecodable bytes, a corrupt or
 * encrypted workbook, a YAML document that is not a list of records). It becomes a DATA-PARSE
 * finding; {@code key} is its message key, {@code args} the message's arguments.
 */
public record ReadProblem(int line, String key, List<Object> args) {

    public static ReadProblem of(int line, String key, Object... args) {
        return new ReadProblem(line, key, List.of(args));
    }
}
