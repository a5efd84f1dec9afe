package org.shequ.core.render;

import org.shequ.core.Vocabulary;
import org.shequ.core.Words;
import org.shequ.core.schema.Period;
import freemarker.template.TemplateModelException;
import java.math.BigDecimal;
import org.shequ.core.Rounded;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;

/**
 * The template helpers that print a number, each registering where it comes from
 * ({@link Figures}) and writing it in its quantity's one format ({@link Quantities}):
 * <ul>
 * <li>{@code fig(row, key[, unit])}: a metric of an aggregate row with its unit and what it covers —
 *     "592人", "7.88万户（2个社区未报）", "42.1平方米（按数据完整的120个社区计算）", or 未报 when no unit
 *     reported it (never 0), 无法计算 for an indicator or a rate without a value;</li>
 * <li>{@code val(row, key[, unit])}: the same number alone (a table cell, a chart), or — when none reported it;</li>
 * <li>{@code count(n, what)}, {@code param(rule, name)}, {@code year(n)}, {@code ordinal(n)},
 *     {@code tval(target, field)}, {@code uval(unit, key)}, {@code src(value, kind[, what])}: other numbers, each named.</li>
 * </ul>
 */
final class Sourced {
    private final Figures figures;
    private final Quantities quantities;

    Sourced(Figures figures, Quantities quantities) {
        this.figures = figures;
        this.quantities = quantities;
    }

    /** What a document writes for a figure no unit reported. */
    static final String NOT_REPORTED = Words.get("render.sourced.notReported");
    /** What a document writes for a figure shequ computes (an indicator, a rate) when no unit reported what it needs. */
    static final String NOT_COMPUTABLE = Words.get("render.sourced.notComputable");

    /** What a document writes for the quantity {@code key} when it has no value: 未报, or 无法计算 for one no unit reports. */
    private String none(String key) {
        Quantities.Quantity q = quantities == null ? null : quantities.of(key);
        return q != null && q.computed() ? NOT_COMPUTABLE : NOT_REPORTED;
    }
    /** the first character of a unit in ten thousands a template may ask a figure in (万户, 万元) */
    private static final String WAN = Vocabulary.word("Sourced.WAN");

    private static MarkdownOutputFormat.Markup markup(String markdown) throws TemplateModelException {
        return MarkdownOutputFormat.INSTANCE.fromMarkup(markdown);
    }

    private static String plain(String text) {
        return MarkdownOutputFormat.INSTANCE.escapePlainText(text);
    }

    private static Map<String, Object> source(String kind, Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }

    /** A metric as it reads in a sentence: the number, its unit, and what it does not cover. */
    Object fig(Map<?, ?> row, String key, String unit) throws TemplateModelException {
        Metric m = metric("fig", row, key, unit);
        if (m == null) {
            return none(key);
        }
        return markup(figures.mark(m.source, m.text) + plain(m.unit) + m.note(figures));
    }

    /**
     * Several metrics of a row named by their labels, as one clause: 专职工作人员592人、持证社工259人、网格员494人;
     * those no unit reported are named together after them (；网格长、楼栋长均未报), so a paragraph never
     * repeats 未报 and never writes 0 for them.
     */
    Object clauses(Map<?, ?> row, List<String> keys) throws TemplateModelException {
        List<String> said = new ArrayList<>();
        List<String> none = new ArrayList<>();
        List<String> uncomputable = new ArrayList<>();
        for (String key : keys) {
            Metric m = metric("clauses", row, key, null);
            String label = quantities.of(key).label() // prose writes brackets full-width
                    .replace("(", Words.get("render.sourced.bracket.open")).replace(")", Words.get("render.sourced.bracket.close"));
            if (m == null) {
                (quantities.of(key).computed() ? uncomputable : none).add(plain(label));
            } else {
                said.add(plain(label) + figures.mark(m.source, m.text) + plain(m.unit) + m.note(figures));
            }
        }
        String separator = Words.get("render.sourced.clauses.separator");
        String out = String.join(separator, said);
        String missing = together(none, "render.sourced.clauses.none", "render.sourced.clauses.noneAll");
        String cannot = together(uncomputable, "render.sourced.clauses.uncomputable", "render.sourced.clauses.uncomputableAll");
        String unsaid = missing.isEmpty() || cannot.isEmpty() ? missing + cannot : missing + Words.get("render.sourced.clauses.also") + cannot;
        if (!unsaid.isEmpty()) {
            out += (said.isEmpty() ? "" : Words.get("render.sourced.clauses.then")) + unsaid;
        }
        return markup(out);
    }

    /** The labels said together with what they lack (网格长、楼栋长均未报), or nothing for none. */
    private static String together(List<String> labels, String one, String several) {
        if (labels.isEmpty()) {
            return "";
        }
        return Words.format(labels.size() > 1 ? several : one, String.join(Words.get("render.sourced.clauses.separator"), labels));
    }

    /** Whether any unit reported the metric: a template that would rather leave a clause out than say 未报 asks this. */
    boolean reported(Map<?, ?> row, String key) throws TemplateModelException {
        return metric("reported", row, key, null) != null;
    }

    /**
     * How many units answered a yes/no field with 否 (reported, not yes): what a sentence may call not
     * built; units that left it empty are not among them.
     */
    long lacking(Map<?, ?> row, String key) throws TemplateModelException {
        Metric m = metric("lacking", row, key, null);
        if (m == null) {
            return 0;
        }
        Object yes = ((Map<?, ?>) row.get("m")).get(key);
        return Math.max(0, m.covered() - number(yes));
    }

    /** A metric's number alone, for a chart; — when no unit reported it (a chart leaves such a row out first). */
    Object val(Map<?, ?> row, String key) throws TemplateModelException {
        Metric m = metric("val", row, key, null);
        return m == null ? "—" : markup(figures.mark(m.source, m.text));
    }

    /**
     * A metric in a table cell: the number (with {@code unit} when given, 万 scaling as in {@code fig}),
     * ※ when it does not cover every unit it should, — when no unit reported it.
     */
    Object cell(Map<?, ?> row, String key, String unit) throws TemplateModelException {
        Metric m = metric("cell", row, key, unit);
        if (m == null) {
            return "—";
        }
        return markup(figures.mark(m.source, m.text) + plain(unit == null ? "" : m.unit) + (m.incomplete() ? "※" : ""));
    }

    /** Whether a metric of the row leaves out units it should cover (what ※ marks): reported, but not by all. */
    boolean incomplete(Map<?, ?> row, String key) throws TemplateModelException {
        Metric m = metric("incomplete", row, key, null);
        return m != null && m.incomplete();
    }

    /** How much a metric changed since the previous period, without its sign ({@code diff.total}, a key): 增加/减少 is the template's. */
    Object delta(Map<?, ?> diffRow, String key) throws TemplateModelException {
        Object metrics = diffRow.get("m");
        Object entry = metrics instanceof Map<?, ?> mm ? mm.get(key) : null;
        if (!(entry instanceof Map<?, ?> d) || !(d.get("change") instanceof Number change)) {
            throw new TemplateModelException("delta: no change of " + key + " (test d.change?? first)");
        }
        Quantities.Quantity q = quantities == null ? null : quantities.of(key);
        int decimals = q == null ? 2 : q.decimals();
        String text = new BigDecimal(change.toString()).abs().setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return markup(figures.mark(source("change", "metric", key, "label", q == null ? key : q.label(),
                "group", diffRow.get("code"), "before", d.get("before"), "after", d.get("after"), "value", change), text));
    }

    /** A share (0–1) the model counted (the burden's not-allowed share), as a percentage, named. */
    Object ratio(double share, String what) throws TemplateModelException {
        return markup(figures.mark(source("count", "what", what, "value", share), ChineseUsage.share(share)));
    }

    /** A text already quoted for a front matter or chart block ({@code yaml(value, kind, what)}), marked inside its quotes. */
    Object quoted(String json, String kind, String what) throws TemplateModelException {
        if (json.length() < 2) {
            return markup(json);
        }
        return markup("\"" + figures.mark(source(kind, "what", what), json.substring(1, json.length() - 1)) + "\"");
    }

    /** One metric of one row, written: its number, the unit, and the counts of units behind it. */
    private record Metric(String text, String unit, Quantities.Kind kind, long missing, long covered, long unjudged,
                          Map<String, Object> source, String noun) {
        /** Whether the figure leaves out units it should cover (what a note says, and ※ marks in a table). */
        boolean incomplete() {
            return switch (kind) {
                case SUM, RATIO -> missing > 0;
                case SHARE -> unjudged > 0;
                case UNITS -> false;
            };
        }

        /** What the figure does not cover, its count a figure too: （2个社区未报）, （按数据完整的120个社区计算）. */
        String note(Figures figures) {
            if (!incomplete()) {
                return "";
            }
            String label = String.valueOf(source.get("label"));
            return switch (kind) {
                case SUM -> Words.format("render.sourced.note.missing", figures.mark(Sourced.source("count",
                        "what", Words.format("render.sourced.note.missing.what", label, noun), "value", missing),
                        Long.toString(missing)), noun);
                case RATIO -> Words.format("render.sourced.note.covered", figures.mark(Sourced.source("count",
                        "what", Words.format("render.sourced.note.covered.what", label, noun), "value", covered),
                        Long.toString(covered)), noun);
                case SHARE -> Words.format("render.sourced.note.unjudged", figures.mark(Sourced.source("count",
                        "what", Words.format("render.sourced.note.unjudged.what", label, noun), "value", unjudged),
                        Long.toString(unjudged)), noun);
                case UNITS -> "";
            };
        }
    }

    private Metric metric(String helper, Map<?, ?> row, String key, String unitAsked) throws TemplateModelException {
        if (quantities == null) {
            throw new TemplateModelException(helper + ": no aggregates behind this render");
        }
        Quantities.Quantity q = quantities.of(key);
        if (q == null) {
            throw new TemplateModelException(helper + ": no metric \"" + key + "\"");
        }
        Map<?, ?> metrics = (Map<?, ?>) row.get("m");
        Object raw = metrics == null ? null : metrics.get(key);
        long units = number(row.get("units"));
        long expected = row.get("expected") == null ? units : number(row.get("expected"));
        long missing = row.get("missing") instanceof Map<?, ?> miss && miss.get(key) != null ? number(miss.get(key)) : 0;
        long unjudged = 0;
        long covered = q.kind() == Quantities.Kind.UNITS ? expected : expected - missing;
        if (q.of() != null && metrics != null) {
            // a share of the urban (or rural) units: over those that reported its inputs; units that sent nothing lack it too
            long absent = number(row.get("absent"));
            long of = number(metrics.get(q.of().equals("urban") ? "urban_units" : "rural_units"));
            covered = of - Math.max(0, missing - absent);
            expected = of + absent;
        }
        if (key.startsWith(Quantities.PASS_RATE) && row.get("judged") instanceof Map<?, ?> judged
                && judged.get(key.substring(Quantities.PASS_RATE.length())) instanceof Map<?, ?> j) {
            covered = number(j.get("units"));
            unjudged = number(j.get("unjudged"));
        }
        if (!(raw instanceof Number n) || covered <= 0) {
            return null;
        }
        String unit = unitAsked == null ? q.unit() : unitAsked;
        BigDecimal value = Rounded.exact(n); // rounded once, from the exact ratio: 116 of 117 is 99.1 %, not 99.2 % from 0.9915
        BigDecimal shown = q.kind() == Quantities.Kind.SHARE ? value.movePointRight(2) : value;
        int decimals = q.decimals();
        if (unit.startsWith(WAN) && !q.unit().startsWith(WAN)) {
            if (shown.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0) {
                shown = shown.movePointLeft(4);
                decimals = 2;
            } else {
                unit = unit.substring(1); // under 10,000: 4259户, not 0.43万户
            }
        }
        String text = shown.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        Map<String, Object> source = source("metric", "metric", key, "label", q.label(), "group", row.get("code"),
                "group_name", row.get("name"), "level", row.get("level"), "period", row.get("period"), "value", n,
                "units_covered", covered, "units_expected", expected, "units_missing", Math.max(0, expected - covered));
        return new Metric(text, unit, q.kind(), Math.max(0, expected - covered), covered, unjudged, source, q.noun());
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }

    /** A count the template or the model made (units listed, targets behind, findings): a whole number, named. */
    Object count(double n, String what) throws TemplateModelException {
        return markup(figures.mark(source("count", "what", what, "value", (long) n), Long.toString(Math.round(n))));
    }

    /** A parameter of a rule in force (the 30 of 每百户30平方米). */
    Object param(Map<?, ?> rule, String name) throws TemplateModelException {
        Object params = rule.get("params");
        Object v = params instanceof Map<?, ?> p ? p.get(name) : null;
        if (!(v instanceof Number n)) {
            throw new TemplateModelException("param: rule " + rule.get("id") + " has no number " + name);
        }
        return markup(figures.mark(source("param", "rule", rule.get("id"), "param", name, "value", n),
                ChineseUsage.number(n.doubleValue(), 2)));
    }

    /** A year (the period of the document, the next year). */
    Object year(double n) throws TemplateModelException {
        long y = Math.round(n);
        return markup(figures.mark(source("period", "value", y), Long.toString(y)));
    }

    /**
     * The name of a period as a document writes it, its year marked as the figure: 2023年, 2023年第一季度,
     * 2023年3月; with {@code end}, its end: 2023年底, 2023年第一季度末. {@code p} is the model's period (a year
     * as a number, a part of one as 2023Q1).
     */
    Object period(Object p, boolean end) throws TemplateModelException {
        Period period = p instanceof Number n ? Period.parse(Long.toString(Math.round(n.doubleValue()))).orElse(null)
                : Period.parse(String.valueOf(p)).orElse(null);
        if (period == null) {
            throw new TemplateModelException("not a period: " + p);
        }
        String name = end ? period.zhEnd() : period.zh();
        String year = Integer.toString(period.year());
        return markup(figures.mark(source("period", "value", period.value()), year) + plain(name.substring(year.length())));
    }

    /** The number of a heading or a list item: a place, not a quantity (一、 and （一） have no digits and are not figures). */
    Object ordinal(String written) throws TemplateModelException {
        if (written.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return written;
        }
        return markup(figures.mark(source("ordinal"), plain(written)));
    }

    /** A date as a document writes it (2023年10月31日). */
    Object date(LocalDate d) throws TemplateModelException {
        return markup(figures.mark(source("date", "value", d.toString()), ChineseUsage.date(d)));
    }

    /** A number a template printed with one of the plain helpers (num, fixed, wan, pct, percent): its source is not known. */
    Object number(String written, double value) throws TemplateModelException {
        return markup(figures.mark(source("number", "value", value), plain(written)));
    }

    /** A figure of the target table: {@code target}, {@code actual}, {@code progress} (a share) or {@code remaining}. */
    Object target(Map<?, ?> t, String field, boolean withUnit) throws TemplateModelException {
        if (!(t.get(field) instanceof Number n)) {
            throw new TemplateModelException("tval: the target has no " + field + " (test it with ?? first)");
        }
        String text = field.equals("progress") ? ChineseUsage.share(n.doubleValue()) : ChineseUsage.number(n.doubleValue(), 2);
        Quantities.Quantity q = quantities == null || !(t.get("metric") instanceof String metric) ? null : quantities.of(metric);
        if (withUnit && !field.equals("progress") && q != null && q.unit() != null) {
            text += q.unit(); // 目标2个、实际0个, in a sentence
        }
        return markup(figures.mark(source("target", "field", field, "township", t.get("township"), "indicator", t.get("indicator"),
                "metric", t.get("metric"), "period", t.get("period"), "actual_period", t.get("actual_period"), "value", n), plain(text)));
    }

    /** A value of one unit (a line of the compliance table), in its quantity's format. */
    Object unit(Map<?, ?> u, String key) throws TemplateModelException {
        if (!(u.get(key) instanceof Number n)) {
            return "—";
        }
        Quantities.Quantity q = quantities == null ? null : quantities.of(key);
        BigDecimal value = new BigDecimal(n.toString());
        int decimals = q == null ? 1 : q.decimals();
        // 29.96 m² per 100 households fails the rule at 30: it is written 29.96, not 30.0 beside 否
        while (decimals < 4 && quantities != null && crosses(value, value.setScale(decimals, RoundingMode.HALF_UP), quantities.thresholds(key))) {
            decimals++;
        }
        String text = value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return markup(figures.mark(source("unit", "code", u.get("code"), "name", u.get("name"), "field", key, "value", n), text));
    }

    /** Whether rounding moved a value onto or across a threshold (below it, now at or above; above it, now at or below). */
    private static boolean crosses(BigDecimal value, BigDecimal rounded, List<BigDecimal> thresholds) {
        for (BigDecimal t : thresholds) {
            int before = value.compareTo(t);
            int after = rounded.compareTo(t);
            if (before != 0 && after != before) {
                return true;
            }
        }
        return false;
    }

    /** Any other text with digits, named by the template ({@code src(b.label, "bin", "每百户面积分组")}). */
    Object text(String written, String kind, String what) throws TemplateModelException {
        if (written.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return written; // no number in it: nothing to source
        }
        return markup(figures.mark(source(kind, "what", what), plain(written)));
    }
}
