package org.shequ.core.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shequ.core.io.Location;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Invalid;
import org.shequ.core.schema.Kind;
import org.shequ.core.schema.ValueParser;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Severity;
import java.util.HashSet;
import java.util.Set;

/**
 * One item or approval typed through its dictionary kind, the same header matching and value
 * parsing as data files: a value that does not parse is DATA-TYPE, a required one missing is
 * DATA-REQUIRED, an unknown key DATA-HEADER (info), each at the value's own line.
 */
final class TypedRow {
    private final Kind kind;
    private final Map<String, Object> values = new HashMap<>();
    private final Map<String, Location> where = new HashMap<>();
    private final Set<String> invalid = new HashSet<>();
    private final Location at;
    private boolean valid = true;

    /** {@code cells}: header → (text, line). */
    TypedRow(Kind kind, Map<String, Cell> cells, Location at, List<Finding> problems) {
        this.kind = kind;
        this.at = at;
        for (Map.Entry<String, Cell> e : cells.entrySet()) {
            Location loc = at.atLine(e.getValue().line());
            Field f = kind.match(e.getKey()).orElse(null);
            if (f == null) {
                problems.add(Finding.of("DATA-HEADER", Severity.INFO).at(loc).message("DATA-HEADER.unknown", e.getKey(), "-").build());
                continue;
            }
            Object v = ValueParser.parse(f, e.getValue().text());
            where.put(f.key(), loc.withField(f.key()));
            if (v instanceof Invalid bad) {
                problems.add(Finding.of("DATA-TYPE", Severity.ERROR).at(loc.withField(f.key()))
                        .message("DATA-TYPE." + bad.reason(), f, e.getValue().text().strip()).build());
                invalid.add(f.key());
                valid = false;
            } else if (v != null) {
                values.put(f.key(), v);
            }
        }
        for (Field f : kind.fields()) {
            if (f.required() && !values.containsKey(f.key()) && !invalid.contains(f.key())) {
                problems.add(Finding.of("DATA-REQUIRED", Severity.ERROR).at(location(f.key()))
                        .message("DATA-REQUIRED", f).build());
                valid = false;
            }
        }
    }

    /** A cell's text and line. */
    record Cell(String text, int line) {
    }

    boolean valid() { return valid; }

    @SuppressWarnings("unchecked")
    <T> T get(String key) {
        return (T) values.get(key);
    }

    Location location(String key) {
        return where.getOrDefault(key, at.withField(key));
    }

    Location at() {
        return at;
    }
}
