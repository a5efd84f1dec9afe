package org.shequ.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.io.BufferedInputStream;
import org.shequ.core.Vocabulary;

/**
 * Streams YAML records with Jackson's YAML parser: a top-level list of mappings, or a mapping
 * with one key whose value is that list ({@code communities: [...]}). The first record's keys
 * are the header; each value keeps its own line. A list value becomes a list cell. Duplicate
 * keys, aliases, nested mappings, and documents over the size or depth limits are refused.
 */
public final class YamlReader implements TableReader {
    /** What a YAML list becomes: a list cell's text, its items separated as clerks separate them (民政、人社). */
    private static final String LIST_SEPARATOR = Vocabulary.word("YamlReader.LIST_SEPARATOR");
    private final ReadLimits limits;
    private final YAMLFactory factory;

    public YamlReader(ReadLimits limits) {
        this.limits = limits;
        this.factory = Yaml.factory(limits);
    }

    /** The YAML factory every YAML input goes through ({@link Yaml}). */
    public static YAMLFactory factory(ReadLimits limits) {
        return Yaml.factory(limits);
    }

    @Override
    public void read(SourceFile file, TableHandler handler) throws IOException {
        handler.begin(null, Shape.KEYED);
        try {
            long size = Files.size(file.path());
            if (size == 0) {
                handler.problem(ReadProblem.of(1, "DATA-PARSE.empty"));
                return;
            }
            if (size > limits.maxYamlBytes()) {
                handler.problem(ReadProblem.of(1, "DATA-PARSE.tooLarge", size, limits.maxYamlBytes()));
                return;
            }
            int longLine = longLine(file, limits.maxCellChars());
            if (longLine > 0) {
                handler.problem(ReadProblem.of(longLine, "DATA-PARSE.lineTooLong", limits.maxCellChars()));
                return;
            }
            try (InputStream in = Files.newInputStream(file.path());
                 YAMLParser parser = (YAMLParser) factory.createParser(in)) {
                new Records(parser, handler, limits).read();
            } catch (JsonProcessingException e) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                StrictUtf8Reader.Undecodable u = StrictUtf8Reader.cause(e);
                handler.problem(u != null ? undecodable(u, line) : ReadProblem.of(line, "DATA-PARSE.yaml", e.getOriginalMessage()));
            } catch (RuntimeException e) {
                // SnakeYAML reports its limits (code points, nesting, aliases) unchecked
                StrictUtf8Reader.Undecodable u = StrictUtf8Reader.cause(e);
                handler.problem(u != null ? undecodable(u, 0) : ReadProblem.of(0, "DATA-PARSE.yaml", Workbooks.detail(e)));
            } catch (StrictUtf8Reader.Undecodable u) {
                handler.problem(undecodable(u, 0));
            }
        } finally {
            handler.end();
        }
    }

    /** A YAML file that is not UTF-8, as a CSV that is not its encoding: the byte and its offset. */
    private static ReadProblem undecodable(StrictUtf8Reader.Undecodable u, int line) {
        return ReadProblem.of(Math.max(line, 1), "DATA-PARSE.yamlEncoding", u.offset(), u.bytes());
    }

    /** The state of one document's walk. */
    /**
     * The first line longer than any cell may be (in UTF-8 bytes, four a character at most), or 0.
     * Checked before parsing, in one pass over the bytes: the YAML scanner takes quadratic time
     * over a very long scalar, so a 10 MB one is refused at once instead of after a minute.
     */
    static int longLine(SourceFile file, int maxChars) throws IOException {
        long limit = (long) maxChars * 4 + 1024;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file.path()), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            int line = 1;
            long run = 0;
            for (int n; (n = in.read(buf)) > 0;) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        line++;
                        run = 0;
                    } else if (++run > limit) {
                        return line;
                    }
                }
            }
        }
        return 0;
    }

    private static final class Records {
        private final YAMLParser parser;
        private final TableHandler handler;
        private final ReadLimits limits;
        private final Map<String, Integer> columns = new LinkedHashMap<>();
        private boolean headerSent;

        Records(YAMLParser parser, TableHandler handler, ReadLimits limits) {
            this.parser = parser;
            this.handler = handler;
            this.limits = limits;
        }

        void read() throws IOException {
            JsonToken t = parser.nextToken();
            if (t == null) {
                handler.problem(ReadProblem.of(1, "DATA-PARSE.empty"));
                return;
            }
            if (t == JsonToken.START_OBJECT) {
                JsonToken name = parser.nextToken();
                if (name != JsonToken.FIELD_NAME || parser.nextToken() != JsonToken.START_ARRAY) {
                    handler.problem(ReadProblem.of(line(), "DATA-PARSE.notRecords"));
                    return;
                }
                if (!list()) {
                    return;
                }
                if (parser.nextToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                    handler.problem(ReadProblem.of(line(), "DATA-PARSE.oneList"));
                }
                return;
            }
            if (t != JsonToken.START_ARRAY) {
                handler.problem(ReadProblem.of(line(), "DATA-PARSE.notRecords"));
                return;
            }
            if (list() && parser.nextToken() != null) {
                handler.problem(ReadProblem.of(line(), "DATA-PARSE.oneList"));
            }
        }

        /** Reads the records of the list; false when reading stopped early. */
        private boolean list() throws IOException {
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    return false;
                }
                if (t != JsonToken.START_OBJECT) {
                    handler.problem(ReadProblem.of(line(), "DATA-PARSE.notRecord"));
                    parser.skipChildren();
                    continue;
                }
                if (!record()) {
                    return false;
                }
            }
            return true;
        }

        private boolean record() throws IOException {
            int recordLine = line();
            List<String> cells = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = line();
                JsonToken v = parser.nextToken();
                if (parser.isCurrentAlias()) {
                    handler.problem(ReadProblem.of(keyLine, "DATA-PARSE.alias", key));
                    return false;
                }
                String text = value(v, key, keyLine);
                int col = column(key, keyLine);
                while (cells.size() <= col) {
                    cells.add(null);
                    lines.add(0);
                }
                cells.set(col, text);
                lines.set(col, keyLine);
            }
            if (!headerSent) {
                handler.row(new RawRow(recordLine, columns.keySet().toArray(String[]::new)));
                headerSent = true;
            }
            int[] cellLines = lines.stream().mapToInt(Integer::intValue).toArray();
            return handler.row(new RawRow(recordLine, cells.toArray(String[]::new), cellLines));
        }

        private int column(String key, int keyLine) {
            Integer col = columns.get(key);
            if (col == null) {
                col = columns.size();
                columns.put(key, col);
                if (headerSent) {
                    handler.column(key, keyLine);
                }
            }
            return col;
        }

        private String value(JsonToken v, String key, int keyLine) throws IOException {
            if (v == JsonToken.START_OBJECT) {
                handler.problem(ReadProblem.of(keyLine, "DATA-PARSE.nested", key));
                parser.skipChildren();
                return null;
            }
            if (v == JsonToken.START_ARRAY) {
                List<String> items = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                        handler.problem(ReadProblem.of(keyLine, "DATA-PARSE.nested", key));
                        parser.skipChildren();
                    } else if (t != JsonToken.VALUE_NULL) {
                        items.add(parser.getText());
                    }
                }
                return String.join(LIST_SEPARATOR, items);
            }
            String text = v == JsonToken.VALUE_NULL ? null : parser.getText();
            if (text != null && text.length() > limits.maxCellChars()) {
                handler.problem(ReadProblem.of(keyLine, "DATA-PARSE.cellTooLong", key, text.length(), limits.maxCellChars()));
                return null;
            }
            return text;
        }

        private int line() {
            return parser.currentTokenLocation().getLineNr();
        }
    }
}
