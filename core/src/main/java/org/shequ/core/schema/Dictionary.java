package org.shequ.core.schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shequ.core.Problem;
import java.io.Serializable;
import org.shequ.core.io.ReadLimits;
import org.shequ.core.io.Yaml;

/**
 * The field dictionary: every kind of file shequ reads, with its fields. The built-in one is a
 * bundled YAML resource; a workspace may add fields and aliases ({@link #extend}).
 */
public final class Dictionary {
    private static final String RESOURCE = "/org/shequ/schema/dictionary.yaml";
    /** The same, as the build prepared it ({@link DictionaryCompiler}): read without Jackson or a YAML parser. */
    static final String PREPARED = "/org/shequ/schema/dictionary.ser";

    private final Map<String, KindDoc> docs;
    private final Map<String, Kind> kinds;
    private final Layout.Doc layoutDoc;
    private final Layout layout;
    private final List<Units.FamilyDoc> unitDocs;
    private final Units units;

    private Dictionary(Map<String, KindDoc> docs, Layout.Doc layoutDoc, List<Units.FamilyDoc> unitDocs) {
        this.docs = docs;
        this.layoutDoc = layoutDoc;
        this.layout = Layout.of(layoutDoc);
        this.unitDocs = unitDocs;
        this.units = new Units(unitDocs);
        Map<String, Kind> built = new LinkedHashMap<>();
        docs.forEach((name, doc) -> built.put(name, build(name, doc)));
        this.kinds = built;
    }

    /** The bundled dictionary; immutable, so one instance serves every run. */
    public static Dictionary builtIn() {
        return BuiltIn.INSTANCE;
    }

    private static final class BuiltIn {
        static final Dictionary INSTANCE = load();
    }

    private static Dictionary load() {
        try (InputStream in = Dictionary.class.getResourceAsStream(PREPARED)) {
            DictionaryDoc doc = DictionaryCompiler.read(in);
            return new Dictionary(doc.kinds, doc.layout, doc.units);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled dictionary as written in YAML (what the build prepares, and tests compare with). */
    static DictionaryDoc written() throws IOException {
        try (InputStream in = Dictionary.class.getResourceAsStream(RESOURCE)) {
            return yaml().readValue(in, DictionaryDoc.class);
        }
    }

    public List<Kind> kinds() {
        return List.copyOf(kinds.values());
    }

    /** The units of measure and their conversions. */
    public Units units() {
        return units;
    }

    /** The words that tell layout rows and columns from data in a filled-in sheet. */
    public Layout layout() {
        return layout;
    }

    public Optional<Kind> kind(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    /**
     * A dictionary with a workspace's additions: new fields per kind and extra aliases for
     * existing fields. Unknown kinds or fields, and names that would match two fields, are a
     * {@link Problem}.
     */
    public Dictionary extend(Map<String, List<FieldDoc>> fields, Map<String, Map<String, List<String>>> aliases) {
        Map<String, KindDoc> copy = new LinkedHashMap<>();
        docs.forEach((k, v) -> copy.put(k, v.copy()));
        fields.forEach((kindName, added) -> {
            KindDoc kind = copy.get(kindName);
            if (kind == null) {
                throw new Problem("workspace.unknownKind", kindName, String.join(", ", copy.keySet()));
            }
            kind.fields.addAll(added);
        });
        aliases.forEach((kindName, byField) -> {
            KindDoc kind = copy.get(kindName);
            if (kind == null) {
                throw new Problem("workspace.unknownKind", kindName, String.join(", ", copy.keySet()));
            }
            byField.forEach((key, names) -> {
                FieldDoc f = kind.fields.stream().filter(d -> key.equals(d.key)).findFirst()
                        .orElseThrow(() -> new Problem("workspace.unknownField", kindName, key));
                f.aliases = new ArrayList<>(f.aliases == null ? List.of() : f.aliases);
                f.aliases.addAll(names);
            });
        });
        return new Dictionary(copy, layoutDoc, unitDocs);
    }

    private static Kind build(String name, KindDoc doc) {
        List<Field> fields = new ArrayList<>();
        Map<String, Field> byHeader = new LinkedHashMap<>();
        for (FieldDoc d : doc.fields) {
            if (d.key == null || d.key.isBlank() || d.type == null) {
                throw new Problem("dictionary.fieldIncomplete", name, String.valueOf(d.key));
            }
            Field f = new Field(fields.size(), d.key, d.label == null ? d.key : d.label, d.en,
                    d.aliases, d.type, d.unit, d.min, d.max, d.required, d.values, d.terms, d.flow);
            fields.add(f);
            List<String> names = new ArrayList<>(List.of(f.key(), f.label(), f.en()));
            names.addAll(f.aliases());
            for (String n : names) {
                String norm = HeaderNames.normalise(n);
                Field other = byHeader.putIfAbsent(norm, f);
                if (other != null && other != f) {
                    throw new Problem("dictionary.ambiguousName", name, n, other.key(), f.key());
                }
            }
        }
        Map<String, Field> byKey = new LinkedHashMap<>();
        fields.forEach(f -> byKey.put(f.key(), f));
        return new Kind(name, doc.label, doc.en, fields, byHeader,
                field(byKey, name, doc.unitField), field(byKey, name, doc.nameField),
                doc.keyFields.stream().map(k -> field(byKey, name, k)).toList(),
                relations(byKey, name, doc.consistency, "part", "whole"),
                relations(byKey, name, doc.outliers, "field", "at_most"), doc.guess, field(byKey, name, doc.periodFrom));
    }

    private static Field field(Map<String, Field> byKey, String kind, String key) {
        if (key == null) {
            return null;
        }
        Field f = byKey.get(key);
        if (f == null) {
            throw new Problem("workspace.unknownField", kind, key);
        }
        return f;
    }

    private static List<Relation> relations(Map<String, Field> byKey, String kind,
                                            List<Map<String, String>> docs, String small, String large) {
        return docs.stream()
                .map(m -> new Relation(field(byKey, kind, m.get(small)), field(byKey, kind, m.get(large))))
                .toList();
    }

    static ObjectMapper yaml() {
        return Yaml.mapper(ReadLimits.DEFAULT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The dictionary file as written. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    static final class DictionaryDoc implements Serializable {
        private static final long serialVersionUID = 1L;
        public Map<String, KindDoc> kinds = new LinkedHashMap<>();
        public Layout.Doc layout = new Layout.Doc();
        public List<Units.FamilyDoc> units = new ArrayList<>();
    }

    /** One kind as written in YAML. */
    static final class KindDoc implements Serializable {
        private static final long serialVersionUID = 1L;
        public String label;
        public String en;
        @JsonProperty("unit_field") public String unitField;
        @JsonProperty("name_field") public String nameField;
        /** A date field whose year is a row's period when it has none of its own ({@code due} of a target). */
        @JsonProperty("period_from") public String periodFrom;
        @JsonProperty("key_fields") public List<String> keyFields = List.of();
        public List<FieldDoc> fields = new ArrayList<>();
        public List<Map<String, String>> consistency = List.of();
        public List<Map<String, String>> outliers = List.of();
        public boolean guess = true;

        KindDoc copy() {
            KindDoc c = new KindDoc();
            c.label = label;
            c.en = en;
            c.unitField = unitField;
            c.nameField = nameField;
            c.periodFrom = periodFrom;
            c.keyFields = keyFields;
            c.fields = new ArrayList<>();
            fields.forEach(f -> c.fields.add(f.copy()));
            c.consistency = consistency;
            c.outliers = outliers;
            c.guess = guess;
            return c;
        }
    }

    /** One field as written in YAML (the dictionary or a workspace's {@code fields:}). */
    public static final class FieldDoc implements Serializable {
        private static final long serialVersionUID = 1L;
        public String key;
        public String label;
        public String en;
        public List<String> aliases = List.of();
        public FieldType type;
        public String unit;
        public Double min;
        public Double max;
        public boolean required;
        public List<EnumValue> values = List.of();
        /** Words a document may use for the field besides its label and aliases (户 for households: 覆盖7.88万户). */
        public List<String> terms = List.of();
        /**
         * A quantity of the period, not at its end (visits, cases, funds spent): a year's may be the sum
         * of its quarters. A stock (households, area) or a rate never is.
         */
        public boolean flow;

        FieldDoc copy() {
            FieldDoc c = new FieldDoc();
            c.key = key;
            c.label = label;
            c.en = en;
            c.aliases = aliases;
            c.type = type;
            c.unit = unit;
            c.min = min;
            c.max = max;
            c.required = required;
            c.values = values;
            c.terms = terms;
            c.flow = flow;
            return c;
        }
    }
}
