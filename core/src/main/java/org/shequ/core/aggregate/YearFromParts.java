package org.shequ.core.aggregate;

import java.util.ArrayList;
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
import org.shequ.core.validate.checks.DuplicateCheck;

/**
 * The year a run is about, made from its halves, quarters or months when the inputs hold no
 * community rows of the year itself: a flow field (visits, cases, funds spent: {@code flow: true}
 * in the dictionary) of a unit is the sum of its parts when the unit reported every part of one
 * length (four quarters, two halves or twelve months) with a valid value; nothing else is summed or
 * carried over: a stock (households, area) or a rate of the year stays unreported. The unit's code,
 * name, township and type are its latest part's. A row that DATA-DUPLICATE does not count is not
 * counted here either. Only the one year asked for is kept (a few numbers a unit).
 */
public final class YearFromParts implements RecordListener {
    /**
     * What was made of the year: its units, the flows' labels, how many values were summed and how
     * many were left out because a part was missing (a flow a unit reported in no part is not counted).
     */
    public record Made(List<Record> records, Period year, List<String> flows, long summed, long incomplete) {
    }

    private static final Period.Span[] SPANS = {Period.Span.QUARTER, Period.Span.HALF, Period.Span.MONTH};
    private static final List<String> KEPT = List.of("township", "type");

    private final Kind communities;
    private final Period year;
    private final List<Field> flows;
    private final Map<String, Parts> units = new TreeMap<>();
    private boolean own;
    private Record uncounted;

    /** {@code year}: the year to make, if the inputs hold none of its own rows. */
    public YearFromParts(Kind communities, Period year) {
        this.communities = communities;
        this.year = year;
        this.flows = communities.fields().stream().filter(Field::flow).toList();
    }

    /** One unit's parts of the year: per length and flow field, the parts present (a bit each) and their sum. */
    private final class Parts {
        final long[][] present = new long[SPANS.length][flows.size()];
        final double[][] sums = new double[SPANS.length][flows.size()];
        Period latest;
        Object[] kept;
    }

    @Override
    public void judged(String rule, Record record, boolean passed) {
        if (!passed && rule.equals(DuplicateCheck.ID)) {
            uncounted = record; // the same unit again in the period: counted once, the first time
        }
    }

    @Override
    public void accept(Record r) {
        Period p = r.period();
        if (p == null || !r.kind().name().equals(communities.name()) || !p.within(year)) {
            return;
        }
        if (p.isYear()) {
            own = true;
            return;
        }
        if (r == uncounted || r.unit() == null || flows.isEmpty()) {
            return;
        }
        Parts parts = units.computeIfAbsent(r.unit(), u -> new Parts());
        int s = span(p.span());
        long bit = 1L << (p.index() - 1);
        for (int i = 0; i < flows.size(); i++) {
            Double v = r.sound(flows.get(i));
            if (v != null && (parts.present[s][i] & bit) == 0) {
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

    /** Whether the year is to be made: the inputs hold parts of it and no community row of its own. */
    public boolean needed() {
        return !own && !units.isEmpty();
    }

    /** The year's units with the flows their parts add up to, in code order. */
    public Made make() {
        List<Record> out = new ArrayList<>();
        long summed = 0;
        long incomplete = 0;
        for (Parts parts : units.values()) {
            Object[] values = parts.kept.clone();
            for (int i = 0; i < flows.size(); i++) {
                Double total = null;
                boolean any = false;
                for (int s = 0; s < SPANS.length && total == null; s++) {
                    any |= parts.present[s][i] != 0;
                    if (parts.present[s][i] == (1L << SPANS[s].perYear()) - 1) {
                        total = parts.sums[s][i];
                    }
                }
                Field f = flows.get(i);
                if (total != null) {
                    values[f.index()] = f.type() == FieldType.INTEGER ? (Object) Math.round(total) : (Object) total;
                    summed++;
                } else if (any) {
                    incomplete++;
                }
            }
            out.add(Record.derived(communities, new Location(null, null, 0, null), values, year));
        }
        return new Made(List.copyOf(out), year, flows.stream().map(Field::label).toList(), summed, incomplete);
    }
}
