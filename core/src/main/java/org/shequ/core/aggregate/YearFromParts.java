package org.shequ.core.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shequ.core.io.Location;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.FieldType;
import org.shequ.core.schema.Kind;
import org.shequ.core.schema.Period;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.RecordListener;

/**
 * A year that has no rows of its own, made from its halves, quarters or months where that is true:
 * a flow field (visits, cases, funds spent: {@code flow: true} in the dictionary) of a unit is the
 * sum of its parts when the unit reported every part of one length (four quarters, two halves or
 * twelve months) with a valid value; nothing else is summed or carried over: a stock (households,
 * area) or a rate of the year stays unreported. The unit's code, name, township and type are its
 * latest part's.
 */
public final class YearFromParts implements RecordListener {
    /** What was made of a year: the units and how many of their flow values were summed or left out. */
    public record Made(List<Record> records, Period year, List<String> flows, long summed, long incomplete) {
    }

    private static final Period.Span[] SPANS = {Period.Span.QUARTER, Period.Span.HALF, Period.Span.MONTH};
    private static final List<String> KEPT = List.of("township", "type");

    private final Kind communities;
    private final List<Field> flows;
    private final Map<Period, Map<String, Parts>> years = new HashMap<>();

    public YearFromParts(Kind communities) {
        this.communities = communities;
        this.flows = communities.fields().stream().filter(Field::flow).toList();
    }

    /** One unit's parts of a year: per length and flow field, the parts present (a bit each) and their sum. */
    private final class Parts {
        final long[][] present = new long[SPANS.length][flows.size()];
        final double[][] sums = new double[SPANS.length][flows.size()];
        Period latest;
        Object[] kept;
    }

    @Override
    public void accept(Record r) {
        Period p = r.period();
        if (p == null || p.isYear() || !r.kind().name().equals(communities.name()) || r.unit() == null || flows.isEmpty()) {
            return;
        }
        Parts parts = years.computeIfAbsent(p.yearOf(), y -> new TreeMap<>()).computeIfAbsent(r.unit(), u -> new Parts());
        int s = span(p.span());
        for (int i = 0; i < flows.size(); i++) {
            Double v = r.sound(flows.get(i));
            long bit = 1L << (p.index() - 1);
            if (v != null && (parts.present[s][i] & bit) == 0) { // a part sent twice counts once (DATA-DUPLICATE says so)
                parts.present[s][i] |= bit;
                parts.sums[s][i] += v;
            }
        }
        if (parts.latest == null || p.compareTo(parts.latest) > 0) {
            parts.latest = p;
            parts.kept = new Object[communities.size()];
            communities.unitField().ifPresent(f -> parts.kept[f.index()] = r.valid(f));
            communities.nameField().ifPresent(f -> parts.kept[f.index()] = r.valid(f));
            for (String key : KEPT) {
                communities.field(key).ifPresent(f -> parts.kept[f.index()] = r.valid(f));
            }
        }
    }

    private static int span(Period.Span span) {
        for (int i = 0; i < SPANS.length; i++) {
            if (SPANS[i] == span) {
                return i;
            }
        }
        throw new IllegalArgumentException(span.toString());
    }

    /** Whether parts of {@code year} were read. */
    public boolean has(Period year) {
        return years.containsKey(year);
    }

    /** The year's units with the flows their parts add up to, in code order. */
    public Made make(Period year) {
        List<Record> out = new ArrayList<>();
        long summed = 0;
        long incomplete = 0;
        for (Parts parts : years.getOrDefault(year, Map.of()).values()) {
            Object[] values = parts.kept.clone();
            for (int i = 0; i < flows.size(); i++) {
                Double total = null;
                for (int s = 0; s < SPANS.length && total == null; s++) {
                    long all = (1L << SPANS[s].perYear()) - 1;
                    if (parts.present[s][i] == all) {
                        total = parts.sums[s][i];
                    }
                }
                if (total != null) {
                    Field f = flows.get(i);
                    values[f.index()] = f.type() == FieldType.INTEGER ? (Object) Math.round(total) : (Object) total;
                    summed++;
                } else {
                    incomplete++;
                }
            }
            out.add(Record.derived(communities, new Location(null, null, 0, null), values, year));
        }
        return new Made(List.copyOf(out), year, flows.stream().map(Field::label).toList(), summed, incomplete);
    }
}
