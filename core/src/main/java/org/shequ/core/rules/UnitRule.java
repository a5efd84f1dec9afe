package org.shequ.core.rules;

import java.math.BigDecimal;

import org.shequ.core.Text;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.text.StringSubstitutor;
import org.apache.commons.text.lookup.StringLookup;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Binding;
import org.shequ.core.validate.Check;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Finding;
import org.shequ.core.Numbers;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.Severity;
import org.shequ.core.validate.Unjudged;
import java.util.ArrayList;
import java.util.Arrays;
import org.shequ.core.Messages;
import org.shequ.core.Words;

/**
 * What every rule on single records shares: it applies to one kind of record and to the unit
 * types it names (or where its {@code when} holds); a file without a column the rule needs gets
 * one warning, not one per row; a record whose value the rule needs is empty, invalid or out of
 * its field's range (DATA-* reported that) is reported as not checked (info), never as a silent
 * pass; a failure is reported with actual and expected values
 * and a message in both languages that cites the rule's document.
 */
abstract class UnitRule implements Check {
    protected final RuleDef def;
    protected final Kind kind;
    protected final List<Field> needed;
    private final JexlScript when;
    private List<Field> absent;
    /** The first of the needed fields that is a flow (a year's cases, visits or hours), or null. */
    private final Field flow;
    private boolean partSaid;

    UnitRule(RuleDef def, Kind kind, List<Field> needed, JexlScript when) {
        this.def = def;
        this.kind = kind;
        this.needed = List.copyOf(needed);
        this.when = when;
        this.flow = needed.stream().filter(Field::flow).findFirst().orElse(null);
    }

    /** The outcome for a record the rule applies to and whose needed values are all present. */
    protected abstract void evaluate(Record r, CheckContext ctx);

    @Override
    public String id() {
        return def.id();
    }

    @Override
    public void header(Binding binding, CheckContext ctx) {
        if (!binding.kind().name().equals(kind.name())) {
            return;
        }
        List<Field> missing = needed.stream().filter(f -> !binding.has(f)).toList();
        if (absent == null && !missing.isEmpty()) {
            ctx.report(Finding.of(def.id(), Severity.WARNING).at(binding.header())
                    .message("rule.columnMissing", def.id(), missing).build());
        }
        absent = missing;
    }

    @Override
    public void endFile(CheckContext ctx) {
        absent = null;
        partSaid = false;
    }

    @Override
    public void record(Record r, CheckContext ctx) {
        if (!r.kind().name().equals(kind.name())) {
            return;
        }
        if (absent != null && !absent.isEmpty()) {
            // the file has no column the rule needs (one warning said so): a unit of a type the rule
            // applies to is not judged, never counted as compliant
            if (typeApplies(r)) {
                ctx.notJudged(def.id(), r, absent.get(0), Unjudged.NO_COLUMN);
            }
            return;
        }
        if (!applies(r, ctx)) {
            return;
        }
        if (flow != null && r.period() != null && !r.period().isYear()) {
            // a threshold on a year's flow (2 cases a year) is no threshold on a quarter's: the rule does not
            // apply to the row (neither passed, failed nor "not judged" for want of data), said once a file
            if (!partSaid) {
                ctx.report(Finding.of(def.id(), Severity.INFO).at(r.locationOf(flow)).message("rule.partOfYear", def.id(), flow, r.period()).build());
                partSaid = true;
            }
            return;
        }
        List<Field> empty = unusable(r);
        if (!empty.isEmpty()) {
            Field first = empty.get(0);
            boolean contradicted = empty.stream().allMatch(r::contradicted);
            ctx.report(notChecked(Finding.about(def.id(), Severity.INFO, r, first), r, empty, contradicted).build());
            String raw = r.raw(first);
            ctx.notJudged(def.id(), r, first, contradicted ? Unjudged.CONTRADICTED
                    : raw == null || raw.isBlank() || r.notApplicable(first) ? Unjudged.BLANK : Unjudged.INVALID);
            return;
        }
        evaluate(r, ctx);
    }

    /**
     * Why the rule did not judge the row: values empty or invalid, or contradicting each other, named with what
     * they contradict when that is not among them (综合服务设施面积与办公用房面积互相矛盾).
     */
    private Finding.Builder notChecked(Finding.Builder f, Record r, List<Field> empty, boolean contradicted) {
        if (!contradicted) {
            return f.message("rule.notChecked", def.id(), empty);
        }
        List<Field> other = empty.stream().flatMap(e -> r.kind().counterparts(e).stream())
                .filter(e -> !empty.contains(e)).distinct().toList();
        return other.isEmpty() ? f.message("rule.notCheckedContradictedPair", def.id(), empty)
                : f.message("rule.notCheckedContradicted", def.id(), empty, other);
    }

    /**
     * Tells the listeners that the rule could not judge the record after an expression had no value
     * ({@link #run} reported why): a value it divides by is 0, or something else.
     */
    protected void undefined(Record r, CheckContext ctx) {
        Field zero = needed.stream().filter(f -> r.number(f) != null && r.number(f) == 0).findFirst().orElse(null);
        ctx.notJudged(def.id(), r, zero != null ? zero : primary(), zero != null ? Unjudged.ZERO : Unjudged.UNDEFINED);
    }

    /** The fields the rule needs of this record: {@link #needed}, unless the rule needs more of some records. */
    protected List<Field> neededOf(Record r) {
        return needed;
    }

    /** The needed fields whose values the rule cannot use (allocates only when there are some). */
    private List<Field> unusable(Record r) {
        List<Field> out = List.of();
        for (Field f : neededOf(r)) {
            if (!usable(r, f)) {
                if (out.isEmpty()) {
                    out = new ArrayList<>();
                }
                out.add(f);
            }
        }
        return out;
    }

    /**
     * A value a rule can use: present, of its type, within its field's range, not contradicting
     * another value of the row (DATA-CONSISTENCY: which of the two is wrong is not known), and not a
     * percentage written as a fraction (DATA-OUTLIER: 0.948 %, or 94.8 %?).
     */
    private static boolean usable(Record r, Field f) {
        return (f.type().numeric() ? r.sound(f) != null : r.valid(f) != null) && !r.contradicted(f) && !r.doubted(f);
    }

    private boolean applies(Record r, CheckContext ctx) {
        if (!typeApplies(r)) {
            return false;
        }
        if (when == null) {
            return true;
        }
        Object ok = run(when, context().on(r), r, ctx);
        return Boolean.TRUE.equals(ok);
    }

    /** Whether the rule's {@code applies:} list (unit types) includes the record's type; a {@code when} is not run. */
    private boolean typeApplies(Record r) {
        return def.applies() == null || def.applies().isEmpty() || !"communities".equals(kind.name())
                || def.applies().contains(UnitTypes.of(r));
    }

    /** The context for this rule's expressions (parameters bound once). */
    protected abstract RecordContext context();

    /**
     * Runs an expression; an error is a finding and yields null. A division by zero names the
     * values that are 0 (户数为 0), so the analyst sees why the unit could not be judged.
     */
    protected Object run(JexlScript script, RecordContext vars, Record r, CheckContext ctx) {
        try {
            Object v = script.execute(vars);
            if (v instanceof Number n && !finite(n)) {
                // beyond any number a value or a message can hold: no verdict, and said so
                ctx.report(Finding.about(def.id(), Severity.WARNING, r, primary())
                        .message("rule.undefined", def.id(), script.getSourceText(), "the result is beyond the numbers shequ handles").build());
                return null;
            }
            return v;
        } catch (JexlException e) {
            List<Field> zero = needed.stream().filter(f -> r.number(f) != null && r.number(f) == 0).toList();
            Finding.Builder b = Finding.about(def.id(), Severity.WARNING, r, zero.isEmpty() ? primary() : zero.get(0));
            if (arithmetic(e) && !zero.isEmpty()) {
                b.message("rule.zero", def.id(), zero, script.getSourceText());
            } else {
                b.message("rule.undefined", def.id(), script.getSourceText(), Expressions.reason(e));
            }
            ctx.report(b.build());
            return null;
        }
    }

    /**
     * Whether a result is a number a double holds. A decimal under 10^308 always is, and is known so from its
     * digits: its {@code doubleValue()} goes through its text (on JDK 17, a sixth of the time of validating with
     * all the bundled packs).
     */
    static boolean finite(Number n) {
        if (n instanceof BigDecimal b) {
            return b.precision() - b.scale() <= 308 || Double.isFinite(b.doubleValue());
        }
        return Double.isFinite(n.doubleValue());
    }

    private static boolean arithmetic(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ArithmeticException) {
                return true;
            }
        }
        return String.valueOf(e.getMessage()).contains("divi");
    }

    /** The field a finding points at: the rule's {@code field}, else the first it needs. */
    protected Field primary() {
        if (def.doc().field != null) {
            return kind.field(def.doc().field).orElse(needed.get(0));
        }
        return needed.isEmpty() ? kind.fields().get(0) : needed.get(0);
    }

    /** Records that the rule was judged and passed (failures are recorded by {@link #fail}). */
    protected void pass(Record r, CheckContext ctx) {
        ctx.judged(def.id(), r, true);
    }

    /** Reports a failure: the message in both languages, with the values and the citation. */
    protected void fail(Record r, CheckContext ctx, Object actual, Map<String, String> values) {
        fail(r, primary(), ctx, actual, values, values);
    }

    protected void fail(Record r, Field at, CheckContext ctx, Object actual, Map<String, String> zh, Map<String, String> en) {
        StringSubstitutor zhAll = new StringSubstitutor(placeholders(r, Locale.SIMPLIFIED_CHINESE, zh));
        StringSubstitutor enAll = new StringSubstitutor(placeholders(r, Locale.ENGLISH, en));
        String expected = def.doc().expected == null ? null : zhAll.replace(def.doc().expected);
        Text message = new Text(render(Locale.SIMPLIFIED_CHINESE, zhAll), render(Locale.ENGLISH, enAll));
        ctx.judged(def.id(), r, false);
        ctx.report(Finding.about(def.id(), def.severity(), r, at)
                .message("rule.message", message)
                .compared(actual instanceof Number n ? Numbers.value(round(n.doubleValue())) : actual, expected)
                .build());
    }

    private String render(Locale locale, StringSubstitutor values) {
        String template = Text.of(def.doc().message).in(locale);
        if (template.isBlank()) {
            template = def.title().in(locale);
        }
        return values.replace(template) + def.citation(locale);
    }

    /**
     * What a message may name, looked up when it names it (a quarter of a national file failing a rule
     * is 150,000 messages in two languages; most name two or three values): the values the rule
     * computed, then the rule's parameters, then the record's values by field key ({@code ${key_label}}
     * for an enum's label). A field left empty reads （姓名未填） / (name blank), so that a message names the gap
     * instead of closing up around it; a name that is neither is left as written.
     */
    private StringLookup placeholders(Record r, Locale locale, Map<String, String> computed) {
        return name -> {
            if (computed.containsKey(name)) {
                return computed.get(name);
            }
            if (def.params().containsKey(name)) {
                return format(def.params().get(name));
            }
            Optional<Field> field = kind.field(name);
            if (field.isPresent()) {
                String raw = r.raw(field.get());
                return raw == null || raw.isBlank() ? blank(field.get(), locale) : raw.strip();
            }
            if (name.endsWith(LABEL)) {
                Field f = kind.field(name.substring(0, name.length() - LABEL.length())).orElse(null);
                if (f != null && !f.values().isEmpty()) {
                    String key = r.text(f);
                    if (key == null || key.isBlank()) {
                        return blank(f, locale);
                    }
                    return "zh".equals(locale.getLanguage())
                            ? f.values().stream().filter(v -> v.key().equals(key)).map(v -> v.label()).findFirst().orElse(key)
                            : key;
                }
            }
            return null;
        };
    }

    private static final String LABEL = "_label";

    /** An empty field as a message names it: （姓名未填） / (name blank). */
    private static String blank(Field f, Locale locale) {
        return Messages.of(locale).format("rule.blank", Arrays.<Object>asList(f.label(locale)));
    }

    static String format(Object v) {
        if (v instanceof Number n) {
            return Numbers.plain(round(n.doubleValue()));
        }
        if (v instanceof Boolean b) {
            return b ? Words.get("rule.value.yes") : Words.get("rule.value.no");
        }
        if (v instanceof List<?> l) {
            return String.join(Words.get("rule.value.separator"), l.stream().map(String::valueOf).toList());
        }
        return String.valueOf(v);
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
