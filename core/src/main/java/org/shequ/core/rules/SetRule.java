package org.shequ.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.FieldType;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Check;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Record;
import org.shequ.core.Words;

/**
 * Rules that name what is missing, so a report can say which centre or window a unit lacks:
 * <ul>
 * <li>{@code all-true}: every boolean field in {@code fields} is true (一有七中心);</li>
 * <li>{@code all-positive}: every count in {@code fields} is at least 1, and those in
 *     {@code urban_fields} too for urban and converted communities (the five-level grid): a unit that did not
 *     report one it needs is not judged;</li>
 * <li>{@code contains}: the list {@code field} holds every one of {@code items} (service windows);</li>
 * <li>{@code subset}: the list {@code field} holds nothing but {@code items} (permitted plaques).</li>
 * </ul>
 * The message's {@code ${missing}} names what is missing, or what is not permitted.
 */
final class SetRule extends UnitRule {
    enum Mode { ALL_TRUE, ALL_POSITIVE, CONTAINS, SUBSET }

    private final Mode mode;
    private final List<Field> urbanFields;
    private final List<String> items;
    private final RecordContext vars;

    private SetRule(RuleDef def, Kind kind, List<Field> needed, Mode mode, List<Field> urbanFields, List<String> items) {
        super(def, kind, needed, null);
        this.mode = mode;
        this.urbanFields = urbanFields;
        this.items = items;
        this.vars = new RecordContext(def.params());
    }

    static Supplier<Check> compile(RuleDef def, Dictionary dictionary, Mode mode) {
        Kind kind = Rules.kind(def, dictionary);
        List<Field> fields = new ArrayList<>();
        List<Field> urban = new ArrayList<>();
        if (mode == Mode.CONTAINS || mode == Mode.SUBSET) {
            if (def.doc().field == null || def.doc().items.isEmpty()) {
                throw def.origin().problem("rule.incomplete", "field, items");
            }
            fields.add(field(def, kind, def.doc().field, FieldType.LIST));
        } else {
            if (def.doc().fields.isEmpty()) {
                throw def.origin().problem("rule.incomplete", "fields");
            }
            FieldType type = mode == Mode.ALL_TRUE ? FieldType.BOOLEAN : FieldType.INTEGER;
            def.doc().fields.forEach(k -> fields.add(field(def, kind, k, type)));
            def.doc().urbanFields.forEach(k -> urban.add(field(def, kind, k, type)));
        }
        List<String> items = List.copyOf(def.doc().items);
        return () -> new SetRule(def, kind, fields, mode, urban, items);
    }

    private static Field field(RuleDef def, Kind kind, String key, FieldType type) {
        Field f = kind.field(key).orElseThrow(() -> def.origin().problem("rule.unknownName", key, kind.name()));
        if (f.type() != type && !(type == FieldType.INTEGER && f.type().numeric())) {
            throw def.origin().problem("rule.fieldType", key, f.type().key(), type.key());
        }
        return f;
    }

    /**
     * An urban or converted community needs its {@code urban_fields} too: one it left empty (or wrote "—") is not
     * judged, as for any field the rule needs, never passed for want of the value.
     */
    @Override
    protected List<Field> neededOf(Record r) {
        if (urbanFields.isEmpty() || !UnitTypes.urban(UnitTypes.of(r))) {
            return needed;
        }
        List<Field> all = new ArrayList<>(needed);
        all.addAll(urbanFields);
        return all;
    }

    @Override
    protected RecordContext context() {
        return vars;
    }

    @Override
    protected void evaluate(Record r, CheckContext ctx) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<Field> at = new ArrayList<>();
        switch (mode) {
            case ALL_TRUE -> needed.stream().filter(f -> !Boolean.TRUE.equals(r.bool(f)))
                    .forEach(f -> { zh.add(f.label()); en.add(f.en()); at.add(f); });
            case ALL_POSITIVE -> neededOf(r).stream().filter(f -> r.number(f) < 1).forEach(f -> { zh.add(f.label()); en.add(f.en()); at.add(f); });
            case CONTAINS -> {
                List<?> have = (List<?>) r.valid(needed.get(0));
                items.stream().filter(i -> !have.contains(i)).forEach(i -> { zh.add(i); en.add(i); });
            }
            case SUBSET -> {
                List<?> have = (List<?>) r.valid(needed.get(0));
                have.stream().map(String::valueOf).filter(i -> !items.contains(i)).forEach(i -> { zh.add(i); en.add(i); });
            }
        }
        if (zh.isEmpty()) {
            pass(r, ctx);
        } else {
            String missing = String.join(Words.get("rule.value.separator"), zh);
            fail(r, at.isEmpty() ? primary() : at.get(0), ctx, missing,
                    Map.of("missing", missing), Map.of("missing", String.join(", ", en)));
        }
    }
}
