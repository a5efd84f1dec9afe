package org.shequ.core.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.shequ.core.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.jexl3.JexlScript;
import org.shequ.core.io.ReadLimits;
import org.shequ.core.io.Yaml;

/** The bundled derived indicators, plus a workspace's own (compiled before any data is read). */
public final class Indicators {
    private static final String RESOURCE = "/org/shequ/aggregate/indicators.yaml";

    private final List<Indicator> all;
    private final List<Indicator> perUnit;
    private final List<Indicator> perLevel;

    private Indicators(List<Indicator> all) {
        this.all = List.copyOf(all);
        this.perUnit = all.stream().filter(Indicator::perUnit).toList();
        this.perLevel = all.stream().filter(i -> !i.perUnit()).toList();
    }

    /** One indicator as written. */
    public static final class Doc {
        public String key;
        public String per = "level";
        public String zh;
        public String en;
        public String unit;
        public String expr;
        /** Decimals a document writes it with (one format per quantity); 1 unless said. */
        public Integer decimals;
        public List<String> terms = List.of();
        /** urban or rural: the indicator is about those units only (a coverage of urban units). */
        public String of;
    }

    static final class File {
        @JsonProperty public List<Doc> indicators = List.of();
    }

    public static Indicators builtIn(List<Doc> extra, String where) {
        List<Doc> docs = new ArrayList<>();
        try (InputStream in = Indicators.class.getResourceAsStream(RESOURCE)) {
            docs.addAll(Yaml.mapper(ReadLimits.DEFAULT)
                    .readValue(in, File.class).indicators);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        docs.addAll(extra);
        List<Indicator> out = new ArrayList<>();
        for (Doc d : docs) {
            if (d.key == null || d.expr == null || !(d.per.equals("unit") || d.per.equals("level"))
                    || (d.of != null && !d.of.equals("urban") && !d.of.equals("rural"))) {
                throw new Problem("indicator.invalid", where, String.valueOf(d.key));
            }
            out.add(new Indicator(d.key, d.per.equals("unit"), d.zh == null ? d.key : d.zh, d.en == null ? d.key : d.en,
                    d.unit, Expressions.compile(d.expr, new Expressions.Origin(where, 0, d.key)),
                    d.decimals == null ? 1 : d.decimals, d.terms, d.of));
        }
        return new Indicators(out);
    }

    /** The indicators as quantities a rule may name, each by its one definition. */
    public Derived derived() {
        Map<String, JexlScript> m = new LinkedHashMap<>();
        all.forEach(i -> m.put(i.key(), i.script()));
        return new Derived(m);
    }

    public List<Indicator> all() {
        return all;
    }

    public List<Indicator> perUnit() {
        return perUnit;
    }

    public List<Indicator> perLevel() {
        return perLevel;
    }

    /** The indicator's position in {@link #all()} (it is one of them, the same object). */
    public int position(Indicator indicator) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == indicator) {
                return i;
            }
        }
        throw new IllegalArgumentException(indicator.key());
    }
}
