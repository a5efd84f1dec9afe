package org.shequ.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Streams YAML records with Jackson's YAML parser: a top-level list of mappings, or a mapping
 * with one key whose value is that list ({@code communities: [...]}). The first record's keys
 * are the header; each value keeps its own line. A list value becomes a list cell. Duplicate
 * keys, aliases, nested mappings, and documents over the size or depth limits are refused.
 */
public final class YamlReader implements TableReader {
    private final ReadLimits limits;
    private final YAMLFactory factory;

    public YamlReader(ReadLimits limits) {
        this.limits = limits;
        this.factory = factory(limits);
    }

    /**
     * The YAML factory every YAML input goes through: duplicate keys rejected, no aliases for
     * collections, size, nesting and string length limited.
     */
    public static YAMLFactory factory(ReadLimits limits) {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxYamlBytes()));
        loader.setNestingDepthLimit(limits.maxYamlDepth());
        loader.setMaxAliasesForCollections(0);
        loader.setAllowDuplicateKeys(false);
        return YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxYamlDepth())
                        .maxStringLength(limits.maxCellChars())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
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
            try (InputStream in = Files.newInputStream(file.path());
                 YAMLParser parser = (YAMLParser) factory.createParser(in)) {
                new Records(parser, handler).read();
            } catch (JsonProcessingException e) {
                int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                handler.problem(ReadProblem.of(line, "DATA-PARSE.yaml", e.getOriginalMessage()));
            } catch (RuntimeException e) {
                // SnakeYAML reports its limits (code points, nesting, aliases) unchecked
                handler.problem(ReadProblem.of(0, "DATA-PARSE.yaml", Workbooks.detail(e)));
            }
        } finally {
            handler.end();
        }
    }

    /** The state of one document's walk. */
    private static final class Records {
        private final YAMLParser parser;
        private final TableHandler handler;
        private final Map<String, Integer> columns = new LinkedHashMap<>();
        private boolean headerSent;

        Records(YAMLParser parser, TableHandler handler) {
            this.parser = parser;
            this.handler = handler;
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
                if (parser.nextToken() != JsonToken.END_OBJECT) {
                    handler.problem(ReadProblem.of(line(), "DATA-PARSE.oneList"));
                }
                return;
            }
            if (t != JsonToken.START_ARRAY) {
                handler.problem(ReadProblem.of(line(), "DATA-PARSE.notRecords"));
                return;
            }
            list();
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
                return String.join("、", items);
            }
            return v == JsonToken.VALUE_NULL ? null : parser.getText();
        }

        private int line() {
            return parser.currentTokenLocation().getLineNr();
        }
    }
}
