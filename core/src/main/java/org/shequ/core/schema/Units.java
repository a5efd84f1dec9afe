package org.shequ.core.schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.io.Serializable;
import java.math.MathContext;
import java.util.concurrent.ConcurrentHashMap;
import org.shequ.core.Vocabulary;

/**
 * Units of measure and how they convert (the dictionary's {@code units:}): families of units that
 * measure the same thing, each unit with its size in the family's base (1 万元 is 10,000 元, 1 亩 is
 * 10000/15 平方米). A value written in another unit of its field's family is converted exactly
 * (decimal factors, a non-terminating quotient rounded to {@value #PLACES} places); a unit of
 * another family is no unit of the field, never a silent factor.
 */
public final class Units {
    /** Places a conversion that does not terminate is rounded to (1 亩 = 666.67 平方米). */
    static final int PLACES = 2;

    /** What may stand before a unit written in a cell or title (after normalisation). */
    private static final List<String> UNIT_PREFIXES = Vocabulary.words("Units.UNIT_PREFIXES");

    /** One family as written: the base unit, and the others with their sizes in it ("10000/15"). */
    public static final class FamilyDoc implements Serializable {
        private static final long serialVersionUID = 1L;
        public String base;
        public Map<String, String> also = new LinkedHashMap<>();
    }

    /** A unit: its name as written in the dictionary, its family, and its size in the family's base. */
    public record Unit(String name, int family, BigDecimal size) {
    }

    /** How a value in {@code from} becomes a value in {@code to}: multiplied by {@code factor}. */
    public record Conversion(String from, String to, BigDecimal factor) {
        /** Whether it changes nothing (元 to 元, ㎡ to m²). */
        public boolean identity() {
            return factor.compareTo(BigDecimal.ONE) == 0;
        }

        /** The value converted: exact when it terminates, else rounded to {@value Units#PLACES} places. */
        public BigDecimal apply(BigDecimal value) {
            BigDecimal v = value.multiply(factor);
            return v.scale() > 10 ? v.setScale(PLACES, RoundingMode.HALF_UP).stripTrailingZeros() : v.stripTrailingZeros();
        }

        /** The factor as a reader checks it: ÷10000, ×10000, ×666.67. */
        public String written() {
            if (factor.compareTo(BigDecimal.ONE) < 0) {
                BigDecimal inverse = BigDecimal.ONE.divide(factor, 10, RoundingMode.HALF_UP).stripTrailingZeros();
                if (inverse.scale() <= 0) {
                    return "÷" + inverse.toPlainString();
                }
            }
            return "×" + factor.setScale(Math.min(Math.max(factor.stripTrailingZeros().scale(), 0), 6), RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
        }
    }

    private final Map<String, Unit> byName = new LinkedHashMap<>();

    Units(List<FamilyDoc> families) {
        for (int f = 0; f < families.size(); f++) {
            FamilyDoc d = families.get(f);
            put(d.base, f, BigDecimal.ONE);
            for (Map.Entry<String, String> e : d.also.entrySet()) {
                put(e.getKey(), f, size(e.getValue()));
            }
        }
    }

    private void put(String name, int family, BigDecimal size) {
        Unit prior = byName.putIfAbsent(key(name), new Unit(name, family, size));
        if (prior != null && (prior.family() != family || prior.size().compareTo(size) != 0)) {
            throw new IllegalArgumentException("unit " + name + " in two families"); // m² and m2 are one unit, written twice
        }
    }

    /** A size as written: a number, or a quotient of two (10000/15), kept to 34 significant digits. */
    private static BigDecimal size(String written) {
        String[] parts = written.split("/");
        BigDecimal n = new BigDecimal(parts[0].strip());
        return parts.length == 1 ? n : n.divide(new BigDecimal(parts[1].strip()), MathContext.DECIMAL128);
    }

    /** The bundled units (the dictionary's). */
    public static Units bundled() {
        return Dictionary.builtIn().units();
    }

    /** How a unit is looked up: full-width and half-width alike (㎡ and m² are m2), no spaces, lower case, no "单位：". */
    static String key(String written) {
        String s = (Normalizer.isNormalized(written, Normalizer.Form.NFKC) ? written : Normalizer.normalize(written, Normalizer.Form.NFKC))
                .strip().toLowerCase(Locale.ROOT).replace(" ", "");
        for (String prefix : UNIT_PREFIXES) {
            if (s.startsWith(prefix)) {
                s = s.substring(prefix.length());
            }
        }
        return s;
    }

    /** The unit written, or null when the text is no unit the dictionary knows. */
    public Unit of(String written) {
        return written == null ? null : byName.get(key(written));
    }

    /**
     * How a value written in {@code from} becomes one in {@code to} (the field's unit), or null when
     * the two measure different things (户 for an area) or either is unknown.
     */
    public Conversion conversion(String from, String to) {
        Unit a = of(from);
        Unit b = of(to);
        if (a == null || b == null || a.family() != b.family()) {
            return null;
        }
        // a handful of pairs in any run: each ratio computed once
        return conversions.computeIfAbsent(a.name() + "\u0000" + b.name(), k -> new Conversion(a.name(), b.name(),
                a.size().divide(b.size(), MathContext.DECIMAL128).stripTrailingZeros()));
    }

    private final ConcurrentHashMap<String, Conversion> conversions = new ConcurrentHashMap<>();

    /** The unit a text ends with, longest first ("3.2万元" ends with 万元, not 元), or null. */
    public Unit suffix(String text) {
        String t = key(text);
        Unit best = null;
        for (Map.Entry<String, Unit> e : byName.entrySet()) {
            if (t.endsWith(e.getKey()) && t.length() > e.getKey().length() && (best == null || e.getKey().length() > key(best.name()).length())) {
                best = e.getValue();
            }
        }
        return best;
    }
}
