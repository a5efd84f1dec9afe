package org.shequ.core.render;

import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import freemarker.template.AdapterTemplateModel;

/**
 * The helpers a template calls for Chinese usage ({@link ChineseUsage}): {@code wan(n)},
 * {@code num(n, places)}, {@code fixed(n, places)}, {@code pct(share)}, {@code percent(value)},
 * {@code join(list, max)}, {@code brief(name or list)}, {@code cdate(date)}, {@code yaml(value)} (a value
 * quoted for a front matter or chart block, where Markdown escaping does not apply), {@code heading(level, n)}, {@code numeral(n)};
 * and those that print a number with its source ({@link Sourced}): {@code fig(row, key[, unit])}, {@code val(row, key[, unit])},
 * {@code count(n, what)}, {@code param(rule, name)}, {@code year(n)}, {@code ordinal(n)}, {@code tval(target, field)},
 * {@code uval(unit, key)}, {@code src(value, kind[, what])}. Every number a helper prints is a figure of the document.
 * A wrong argument stops the render with the template's line, like a missing value.
 */
final class TemplateFunctions {
    private TemplateFunctions() {
    }

    private interface Body {
        Object apply(Args a) throws TemplateModelException;
    }

    /** The helpers for a render whose numbers are registered in {@code figures}, by the definitions of {@code quantities}. */
    static Map<String, TemplateMethodModelEx> all(Figures figures, Quantities quantities) {
        Sourced sourced = new Sourced(figures, quantities);
        Map<String, TemplateMethodModelEx> m = new LinkedHashMap<>();
        m.put("wan", fn("wan", 1, 1, a -> sourced.number(ChineseUsage.wan(a.number(0)), a.number(0))));
        m.put("num", fn("num", 1, 2, a -> sourced.number(ChineseUsage.number(a.number(0), a.size() > 1 ? a.integer(1) : 1), a.number(0))));
        m.put("fixed", fn("fixed", 2, 2, a -> sourced.number(ChineseUsage.fixed(a.number(0), a.integer(1)), a.number(0))));
        m.put("pct", fn("pct", 1, 1, a -> sourced.number(ChineseUsage.share(a.number(0)), a.number(0))));
        m.put("percent", fn("percent", 1, 1, a -> sourced.number(ChineseUsage.percent(a.number(0)), a.number(0))));
        m.put("join", fn("join", 1, 2, a -> ChineseUsage.join(a.strings(0), a.size() > 1 ? a.integer(1) : 0)));
        m.put("brief", fn("brief", 1, 1, a -> a.isList(0) ? a.strings(0).stream().map(ChineseUsage::brief).toList()
                : ChineseUsage.brief(a.string(0))));
        m.put("yaml", fn("yaml", 1, 3, a -> a.size() == 1 ? MarkdownOutputFormat.INSTANCE.fromMarkup(quoted(unmarked(a.plain(0))))
                : sourced.quoted(quoted(unmarked(a.plain(0))), a.string(1), a.size() > 2 ? a.string(2) : null)));
        m.put("cdate", fn("cdate", 1, 1, a -> sourced.date(a.date(0))));
        m.put("heading", fn("heading", 2, 2, a -> {
            int level = a.integer(0);
            if (level < 1 || level > 4) {
                throw new TemplateModelException("heading: level " + level + " (1–4)");
            }
            return sourced.ordinal(ChineseUsage.heading(level, a.integer(1)));
        }));
        m.put("numeral", fn("numeral", 1, 1, a -> ChineseUsage.numeral(a.integer(0))));
        m.put("fig", fn("fig", 2, 3, a -> sourced.fig(a.map(0), a.string(1), a.size() > 2 ? a.string(2) : null)));
        m.put("val", fn("val", 2, 2, a -> sourced.val(a.map(0), a.string(1))));
        m.put("cell", fn("cell", 2, 3, a -> sourced.cell(a.map(0), a.string(1), a.size() > 2 ? a.string(2) : null)));
        m.put("incomplete", fn("incomplete", 2, 2, a -> {
            for (String key : a.strings(1)) {
                if (sourced.incomplete(a.map(0), key)) {
                    return true;
                }
            }
            return false;
        }));
        m.put("lacking", fn("lacking", 2, 2, a -> sourced.lacking(a.map(0), a.string(1))));
        m.put("delta", fn("delta", 2, 2, a -> sourced.delta(a.map(0), a.string(1))));
        m.put("ratio", fn("ratio", 2, 2, a -> sourced.ratio(a.number(0), a.string(1))));
        m.put("clauses", fn("clauses", 2, 2, a -> sourced.clauses(a.map(0), a.strings(1))));
        m.put("reported", fn("reported", 2, 2, a -> sourced.reported(a.map(0), a.string(1))));
        m.put("count", fn("count", 2, 2, a -> sourced.count(a.number(0), a.string(1))));
        m.put("param", fn("param", 2, 2, a -> sourced.param(a.map(0), a.string(1))));
        m.put("year", fn("year", 1, 1, a -> sourced.year(a.number(0))));
        m.put("period_name", fn("period_name", 1, 1, a -> sourced.period(a.plain(0), false)));
        m.put("period_end", fn("period_end", 1, 1, a -> sourced.period(a.plain(0), true)));
        m.put("ordinal", fn("ordinal", 1, 1, a -> sourced.ordinal(Integer.toString(a.integer(0)))));
        m.put("tval", fn("tval", 2, 3, a -> sourced.target(a.map(0), a.string(1), a.size() > 2 && a.bool(2))));
        m.put("uval", fn("uval", 2, 2, a -> sourced.unit(a.map(0), a.string(1))));
        m.put("src", fn("src", 2, 3, a -> sourced.text(a.plain(0), a.string(1), a.size() > 2 ? a.string(2) : null)));
        return m;
    }

    /** The helpers for a render without a run's data behind it: every number still marked, {@code fig} and {@code val} unavailable. */
    static Map<String, TemplateMethodModelEx> all() {
        return all(new Figures(), null);
    }

    /** A text with the figure markers taken out (a value never carries one into a document). */
    private static String unmarked(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(Figures.marker(c) ? '?' : c);
        }
        return b.toString();
    }

    private static TemplateMethodModelEx fn(String name, int min, int max, Body body) {
        return arguments -> {
            if (arguments.size() < min || arguments.size() > max) {
                throw new TemplateModelException(name + ": " + (min == max ? min : min + "–" + max)
                        + " argument(s), got " + arguments.size());
            }
            List<TemplateModel> list = new ArrayList<>();
            for (Object o : arguments) {
                list.add((TemplateModel) o);
            }
            return body.apply(new Args(name, list));
        };
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A text as a JSON string, which YAML reads as the same text whatever it holds. */
    /** A helper given an argument that has no value: the template lacks a value, as a missing reference does. */
    private static final class NoValue extends TemplateModelException {
        NoValue(String message) {
            super(message);
        }
    }

    /** Whether the template failed because a helper was given no value. */
    static boolean noValue(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NoValue) {
                return true;
            }
        }
        return false;
    }

    private static String quoted(String s) throws TemplateModelException {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new TemplateModelException(e);
        }
    }

    /** The arguments of one call, read as the helper needs them. */
    private record Args(String name, List<TemplateModel> values) {
        int size() {
            return values.size();
        }

        double number(int i) throws TemplateModelException {
            if (values.get(i) instanceof TemplateNumberModel n) {
                return n.getAsNumber().doubleValue();
            }
            throw wrong(i, "a number");
        }

        int integer(int i) throws TemplateModelException {
            return (int) Math.round(number(i));
        }

        /** A text, number or date argument as plain text. */
        String plain(int i) throws TemplateModelException {
            TemplateModel v = values.get(i);
            if (v instanceof TemplateNumberModel n) {
                return ChineseUsage.number(n.getAsNumber().doubleValue(), 6);
            }
            return string(i);
        }

        /** A hash of the model (a row, a rule, a target, a unit) as the map it wraps. */
        Map<?, ?> map(int i) throws TemplateModelException {
            TemplateModel v = values.get(i);
            if (v instanceof AdapterTemplateModel adapter && adapter.getAdaptedObject(Map.class) instanceof Map<?, ?> m) {
                return m;
            }
            throw wrong(i, "a row, rule, target or unit of the model");
        }

        boolean isList(int i) {
            return values.get(i) instanceof TemplateSequenceModel;
        }

        String string(int i) throws TemplateModelException {
            if (values.get(i) instanceof TemplateScalarModel s) {
                return s.getAsString();
            }
            throw wrong(i, "a text");
        }

        boolean bool(int i) throws TemplateModelException {
            if (values.get(i) instanceof TemplateBooleanModel b) {
                return b.getAsBoolean();
            }
            throw wrong(i, "true or false");
        }

        List<String> strings(int i) throws TemplateModelException {
            if (!(values.get(i) instanceof TemplateSequenceModel s)) {
                throw wrong(i, "a list");
            }
            List<String> out = new ArrayList<>();
            for (int k = 0; k < s.size(); k++) {
                if (!(s.get(k) instanceof TemplateScalarModel t)) {
                    throw wrong(i, "a list of texts");
                }
                out.add(t.getAsString());
            }
            return out;
        }

        LocalDate date(int i) throws TemplateModelException {
            TemplateModel v = values.get(i);
            if (v instanceof TemplateDateModel d) {
                return d.getAsDate().toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
            }
            if (v instanceof TemplateScalarModel s) {
                try {
                    return LocalDate.parse(s.getAsString().trim());
                } catch (DateTimeParseException e) {
                    throw wrong(i, "a date like 2018-06-01, not \"" + s.getAsString() + "\"");
                }
            }
            throw wrong(i, "a date");
        }

        private TemplateModelException wrong(int i, String expected) {
            if (values.get(i) == null) {
                return new NoValue(name + ": argument " + (i + 1) + " has no value (test it with ?? first)");
            }
            return new TemplateModelException(name + ": argument " + (i + 1) + " must be " + expected);
        }
    }
}
