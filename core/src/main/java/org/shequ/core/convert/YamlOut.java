package org.shequ.core.convert;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * YAML: a list of records, each value typed (numbers, true/false, lists as lists, codes and dates
 * as quoted strings so that no reader takes 610324001001 or 0012 for a number); empty cells left out.
 */
final class YamlOut implements TableOut {
    private final JsonGenerator g;
    private List<String> names;

    /**
     * Opens with a comment line naming the kind of table: what tells a later {@code convert} that the
     * file is its earlier output (the first record's line changes with the data).
     */
    YamlOut(OutputStream out, String kind) throws IOException {
        out.write(("# shequ convert: " + kind + "\n").getBytes(StandardCharsets.UTF_8));
        this.g = YAMLFactory.builder()
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build().createGenerator(out);
        g.writeStartArray();
    }

    @Override
    public void header(List<String> names) {
        this.names = names;
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        g.writeStartObject();
        for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v == null) {
                continue;
            }
            g.writeFieldName(names.get(c));
            if (v instanceof Long l) {
                g.writeNumber(l);
            } else if (v instanceof Double d) {
                g.writeNumber(d);
            } else if (v instanceof Percent p) {
                g.writeString(CsvOut.text(p, true));
            } else if (v instanceof Boolean b) {
                g.writeBoolean(b);
            } else if (v instanceof List<?> l) {
                g.writeStartArray();
                for (Object item : l) {
                    g.writeString(String.valueOf(item));
                }
                g.writeEndArray();
            } else {
                g.writeString(v.toString());
            }
        }
        g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        g.writeEndArray();
        g.close();
    }
}
