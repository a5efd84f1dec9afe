package org.shequ.core.convert;

import org.shequ.core.Words;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.shequ.core.Problem;
import org.shequ.core.io.AtomicFile;
import org.shequ.core.io.SourceFile;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Invalid;
import org.shequ.core.schema.Period;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Binding;
import org.shequ.core.validate.Column;
import org.shequ.core.validate.Inspector;
import org.shequ.core.validate.Record;
import java.util.Arrays;
import java.util.Comparator;

/**
 * {@code shequ convert IN OUT}: a table between CSV, XLSX and YAML through the dictionary. The
 * input is read as validation reads it (every sheet, header bands, layout rows left out), each
 * value typed; the output has the dictionary's Chinese headers or its keys, then the columns the
 * dictionary does not know under their own headers. A value that does not parse is written as it
 * was: nothing the user gave is lost. Written atomically.
 */
public final class Converter {

    /** How the output's headers are written. */
    public enum Headers { ZH, KEY }

    /** What was converted: the kind of table, the rows written, and how the input was read. */
    public record Result(String kind, long rows, Inspector.FileLayout read) {
    }

    private final Inspector inspector;

    public Converter(Inspector inspector) {
        this.inspector = inspector;
    }

    /** Converts {@code in} into {@code out}; an existing {@code out} shequ did not write is replaced only with {@code force}. */
    public Result convert(SourceFile in, Path out, Headers headers, Charset encoding, boolean force) {
        String ext = extension(out);
        if (!List.of("csv", "xlsx", "yaml", "yml").contains(ext)) {
            throw new Problem("convert.format", out.toString());
        }
        Inspector.FileLayout layout = inspector.read(in, r -> { });
        Map<String, Binding> bindings = new HashMap<>();
        layout.tables().stream().filter(t -> t.binding() != null).forEach(t -> bindings.put(String.valueOf(t.sheet()), t.binding()));
        Kind kind = onlyKind(bindings, in);
        List<Field> fields = kind.fields().stream().filter(f -> bindings.values().stream().anyMatch(b -> b.has(f))).toList();
        List<String> unknown = unknownHeaders(bindings);
        boolean zh = headers == Headers.ZH;
        List<String> names = new ArrayList<>();
        fields.forEach(f -> names.add(zh ? f.header() : f.key()));
        names.addAll(unknown);
        long[] rows = {0};
        AtomicFile.output(out, stream -> {
            try (TableOut table = open(ext, stream, encoding, kind, zh)) {
                table.header(names);
                inspector.read(in, r -> {
                    try {
                        table.row(cells(r, fields, unknown, bindings.get(String.valueOf(r.location().sheet())), zh));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    rows[0]++;
                });
            }
        }, force);
        return new Result(kind.name(), rows[0], layout);
    }

    /** The one kind of table the file holds; none, or several, is a one-line refusal. */
    private static Kind onlyKind(Map<String, Binding> bindings, SourceFile in) {
        Set<Kind> kinds = new LinkedHashSet<>();
        bindings.values().forEach(b -> kinds.add(b.kind()));
        if (kinds.isEmpty()) {
            throw new Problem("convert.nothing", in.name());
        }
        if (kinds.size() > 1) {
            throw new Problem("convert.kinds", in.name(), String.join(Words.get("join"), kinds.stream().map(Kind::name).toList()));
        }
        return kinds.iterator().next();
    }

    /** The headers of the columns the dictionary does not know (or that repeat one), sheet by sheet: kept, never dropped. */
    private static List<String> unknownHeaders(Map<String, Binding> bindings) {
        List<String> unknown = new ArrayList<>();
        for (Binding b : bindings.values().stream().sorted(Comparator.comparing(b -> String.valueOf(b.header().sheet()))).toList()) {
            for (Column c : b.columns()) {
                if ((c.status() == Column.Status.UNKNOWN || c.status() == Column.Status.DUPLICATE) && !unknown.contains(c.header())) {
                    unknown.add(c.header());
                }
            }
        }
        return unknown;
    }

    /** A record's row: the known fields typed, then the unknown columns' texts under their headers. */
    private static List<Object> cells(Record r, List<Field> fields, List<String> unknown, Binding b, boolean zh) {
        List<Object> cells = new ArrayList<>(fields.size() + unknown.size());
        for (Field f : fields) {
            cells.add(cell(r, f, zh));
        }
        Object[] extra = new Object[unknown.size()];
        for (Record.Extra x : r.extras()) {
            int at = b == null || x.column() >= b.columns().size() ? -1 : unknown.indexOf(b.columns().get(x.column()).header());
            if (at >= 0) {
                extra[at] = x.text();
            }
        }
        cells.addAll(Arrays.asList(extra));
        return cells;
    }

    private static TableOut open(String ext, OutputStream out, Charset encoding, Kind kind, boolean zh) throws IOException {
        return switch (ext) {
            case "csv" -> new CsvOut(out, encoding == null ? StandardCharsets.UTF_8 : encoding, zh);
            case "xlsx" -> new XlsxOut(out, zh ? kind.label() : kind.name(), zh);
            default -> new YamlOut(out, kind.name());
        };
    }

    /** A record's value for a field, typed; the text as written when it does not parse; null when empty. */
    static Object cell(Record r, Field f, boolean zh) {
        Object v = r.value(f);
        if (v == null) {
            return null;
        }
        if (v instanceof Invalid) {
            return r.raw(f).strip();
        }
        return switch (f.type()) {
            case INTEGER, YEAR -> v instanceof Number n ? (Object) n.longValue() : v.toString();
            case DECIMAL -> v instanceof Number n ? (Object) n.doubleValue() : v.toString();
            case PERCENT -> v instanceof Number n ? new TableOut.Percent(n.doubleValue()) : v.toString();
            case BOOLEAN -> v;
            case PERIOD -> v instanceof Period p ? p.value() : v.toString();
            case LIST -> v instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(v.toString());
            case ENUM -> zh ? f.values().stream().filter(e -> e.key().equals(v)).map(e -> e.label()).findFirst().orElse(v.toString()) : v.toString();
            default -> v.toString();
        };
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.contains(".") ? n.substring(n.lastIndexOf('.') + 1) : "";
    }
}
