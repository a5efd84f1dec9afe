package org.shequ.core.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The dictionary as JSON Schema (draft 2020-12): one schema per kind describing a record as
 * scripts write it in YAML or JSON, keyed by field key, with Chinese titles, units and ranges.
 */
public final class JsonSchema {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonSchema() {
    }

    public static String of(List<Kind> kinds) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", "shequ field dictionary");
        ObjectNode defs = root.putObject("$defs");
        for (Kind k : kinds) {
            defs.set(k.name(), kind(k));
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode kind(Kind k) {
        ObjectNode s = MAPPER.createObjectNode();
        s.put("title", k.label());
        s.put("type", "object");
        ObjectNode props = s.putObject("properties");
        ArrayNode required = s.putArray("required");
        for (Field f : k.fields()) {
            props.set(f.key(), field(f));
            if (f.required()) {
                required.add(f.key());
            }
        }
        return s;
    }

    private static ObjectNode field(Field f) {
        ObjectNode p = MAPPER.createObjectNode();
        p.put("title", f.label());
        p.put("description", f.en() + (f.unit() == null ? "" : " (" + f.unit() + ")"));
        switch (f.type()) {
            case CODE -> p.put("type", "string").put("pattern", "^[0-9]{12}$");
            case INTEGER, YEAR -> p.put("type", "integer");
            case DECIMAL, PERCENT -> p.put("type", "number");
            case BOOLEAN -> p.put("type", "boolean");
            case DATE -> p.put("type", "string").put("format", "date");
            case PERIOD -> {
                // a year as a number, or a part of one as 2023H1, 2023Q1, 2023-03
                ArrayNode any = p.putArray("oneOf");
                any.addObject().put("type", "integer");
                any.addObject().put("type", "string").put("pattern", "^[0-9]{4}(H[12]|Q[1-4]|-(0[1-9]|1[0-2]))?$");
            }
            case LIST -> p.put("type", "array").putObject("items").put("type", "string");
            case ENUM -> {
                ArrayNode e = p.putArray("enum");
                f.values().forEach(v -> e.add(v.key()));
            }
            case TEXT -> p.put("type", "string");
        }
        if (f.min() != null) {
            p.put("minimum", f.min());
        }
        if (f.max() != null) {
            p.put("maximum", f.max());
        }
        if (f.unit() != null) {
            p.put("x-unit", f.unit());
        }
        return p;
    }
}
