package org.shequ.core.access;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shequ.core.Vocabulary;

/**
 * A YAML document as mappings, lists and scalar texts, each with the line it starts on, read
 * through the same guarded YAML factory as data files (aliases and duplicate keys refused).
 */
record LocatedYaml(Object value, int line) {
    /** What a YAML list becomes: a list cell's text, its items separated as clerks separate them (民政、人社). */
    private static final String LIST_SEPARATOR = Vocabulary.word("LocatedYaml.LIST_SEPARATOR");

    static LocatedYaml read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
        int line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.START_OBJECT) {
            Map<String, LocatedYaml> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                map.put(key, read(p));
            }
            return new LocatedYaml(map, line);
        }
        if (t == JsonToken.START_ARRAY) {
            List<LocatedYaml> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(read(p));
            }
            return new LocatedYaml(list, line);
        }
        return new LocatedYaml(t == JsonToken.VALUE_NULL ? null : p.getText(), line);
    }

    @SuppressWarnings("unchecked")
    Map<String, LocatedYaml> map() {
        return value instanceof Map<?, ?> m ? (Map<String, LocatedYaml>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    List<LocatedYaml> list() {
        return value instanceof List<?> l ? (List<LocatedYaml>) l : List.of();
    }

    /** A scalar's text, or a list of scalars joined as a list cell. */
    String text() {
        if (value instanceof List<?>) {
            return String.join(LIST_SEPARATOR, list().stream().map(LocatedYaml::text).filter(s -> s != null).toList());
        }
        return value instanceof String s ? s : null;
    }

    boolean isMap() {
        return value instanceof Map;
    }
}
