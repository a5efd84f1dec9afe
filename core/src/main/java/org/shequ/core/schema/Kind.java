package org.shequ.core.schema;

import java.util.ArrayList;
import org.shequ.core.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;

/**
 * A kind of input file (communities, staff, evaluations, assignments, targets) with its
 * ordered fields and declared relations. Header lookup is by normalised name.
 */
public final class Kind implements Named {
    private final String name;
    private final String label;
    private final String en;
    private final List<Field> fields;
    private final Map<String, Field> byHeader;
    private final Field unitField;
    private final Field nameField;
    private final List<Field> keyFields;
    private final List<Relation> consistency;
    private final List<Relation> outliers;
    private final Map<String, Field> byKey = new HashMap<>();
    private final boolean guessable;
    private final Field periodFrom;

    Kind(String name, String label, String en, List<Field> fields, Map<String, Field> byHeader,
         Field unitField, Field nameField, List<Field> keyFields,
         List<Relation> consistency, List<Relation> outliers, boolean guessable, Field periodFrom) {
        this.periodFrom = periodFrom;
        this.name = name;
        this.label = label;
        this.en = en;
        this.fields = List.copyOf(fields);
        this.byHeader = Map.copyOf(byHeader);
        this.unitField = unitField;
        this.nameField = nameField;
        this.keyFields = List.copyOf(keyFields);
        this.consistency = List.copyOf(consistency);
        this.outliers = List.copyOf(outliers);
        fields.forEach(f -> byKey.put(f.key(), f));
        this.guessable = guessable;
    }

    /**
     * The date field whose year is a row's period when the row has no period of its own (a target is
     * of the year it is due in: a table of next year's targets beside this year's data), or null.
     */
    public Field periodFromOrNull() {
        return periodFrom;
    }

    /** Whether a data file's header may be taken for this kind without being told. */
    public boolean guessable() {
        return guessable;
    }

    public String name() { return name; }
    public String label() { return label; }
    /** As a message names the kind: its Chinese label (社区基本情况表), or its key in English (communities, as --kind takes it). */
    @Override
    public String name(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? label : name;
    }

    public String label(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? label : en;
    }
    public List<Field> fields() { return fields; }
    public int size() { return fields.size(); }
    public Field field(int index) { return fields.get(index); }

    /** The field holding the division code of the unit a row is about, if any. */
    /** The unit field, or null: for the per-record hot path, without an Optional. */
    public Field unitFieldOrNull() {
        return unitField;
    }

    /** The name field, or null. */
    public Field nameFieldOrNull() {
        return nameField;
    }

    public Optional<Field> unitField() { return Optional.ofNullable(unitField); }
    public Optional<Field> nameField() { return Optional.ofNullable(nameField); }

    /** Fields that together identify a row within a period (the code for communities). */
    public List<Field> keyFields() { return keyFields; }
    public List<Relation> consistency() { return consistency; }

    /**
     * The fields a value of {@code f} can contradict (DATA-CONSISTENCY: the whole of a part, the parts of a whole),
     * in the dictionary's order: what a document names when it says why a contradicted value was left out.
     */
    public List<Field> counterparts(Field f) {
        List<Field> other = new ArrayList<>();
        for (Relation r : consistency) {
            Field c = r.small().equals(f) ? r.large() : r.large().equals(f) ? r.small() : null;
            if (c != null && !other.contains(c)) {
                other.add(c);
            }
        }
        return other;
    }
    public List<Relation> outliers() { return outliers; }

    public Optional<Field> field(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The field a header cell names, by key, label, English label or alias. */
    public Optional<Field> match(String header) {
        Field f = byHeader.get(HeaderNames.normalise(header));
        if (f == null) {
            String bare = HeaderNames.withoutUnit(header);
            if (bare != null) {
                f = byHeader.get(HeaderNames.normalise(bare));
            }
        }
        return Optional.ofNullable(f);
    }

    @Override
    public String toString() {
        return name;
    }
}
