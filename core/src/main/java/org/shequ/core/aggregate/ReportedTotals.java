package org.shequ.core.aggregate;

import org.shequ.core.schema.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.Map;
import org.shequ.core.io.Location;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Finding;
import org.shequ.core.Numbers;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.RecordListener;
import org.shequ.core.validate.Severity;
import java.util.function.Function;

/**
 * AGG-TOTAL: a township or county that submits its own totals (kind {@code totals}) has each
 * reported figure compared with the sum of its units, as aggregated in the same pass.
 */
public final class ReportedTotals implements RecordListener {
    public static final String ID = "AGG-TOTAL";
    /** Differences smaller than this are rounding, not a wrong total. */
    private static final double TOLERANCE = 0.005;
    private final Kind kind;
    private final List<Reported> rows = new ArrayList<>();

    /** {@code values}: each numeric field the row reports, in the kind's order (a list: fields are never looked up). */
    private record Reported(String code, List<Map.Entry<Field, Double>> values, Record record) {
    }

    public ReportedTotals(Dictionary dictionary) {
        this.kind = dictionary.kind("totals").orElseThrow();
    }

    @Override
    public void accept(Record r) {
        if (!r.kind().name().equals(kind.name())) {
            return;
        }
        String code = r.text(kind.field("code").orElseThrow());
        if (code == null) {
            return;
        }
        List<Map.Entry<Field, Double>> values = new ArrayList<>();
        for (Field f : kind.fields()) {
            if (f.type().numeric() && r.number(f) != null) {
                values.add(Map.entry(f, r.number(f)));
            }
        }
        rows.add(new Reported(code.strip(), values, r));
    }

    /** The levels that must be aggregated to compare the reported totals (by code length). */
    public static String levelOf(String code) {
        return switch (code.length()) {
            case 9 -> "township";
            case 6 -> "county";
            case 4 -> "city";
            case 2 -> "province";
            default -> "";
        };
    }

    /**
     * Each reported total against the levels of its own period ({@code levelsOf}: period → levels;
     * {@code present}: the periods the community rows hold). A total of a period no community row is
     * of is not compared (its units would add up to nothing): said once for the period.
     */
    public List<Finding> compare(Function<Period, List<Level>> levelsOf, List<Period> present) {
        List<Finding> out = new ArrayList<>();
        Set<Period> said = new HashSet<>();
        for (Reported rep : rows) {
            Period period = rep.record().period();
            if (!present.contains(period)) {
                if (said.add(period)) {
                    out.add(Finding.of(ID, Severity.WARNING).at(Location.ofFile(rep.record().location().file()))
                            .message(period == null ? "AGG-TOTAL.noPeriod" : "AGG-TOTAL.otherPeriod", period,
                                    present.stream().filter(p -> p != null).toList()).build());
                }
                continue;
            }
            List<Level> levels = levelsOf.apply(period);
            String level = levelOf(rep.code());
            Row row = levels.stream().filter(l -> l.by().equals(level)).flatMap(l -> l.rows().stream())
                    .filter(x -> x.code().equals(rep.code())).findFirst().orElse(null);
            if (row == null) {
                Location at = rep.record().locationOf(kind.field("code").orElseThrow());
                out.add(Finding.of(ID, Severity.WARNING).at(at).unit(rep.code(), null)
                        .message("AGG-TOTAL.none", rep.code()).build());
                continue;
            }
            for (Map.Entry<Field, Double> v : rep.values()) {
                Field f = v.getKey();
                double reported = v.getValue();
                Number sum = row.reported(f.key()); // null when none of its units reported it: nothing to compare
                if (sum != null && Math.abs(sum.doubleValue() - reported) > TOLERANCE) {
                    long missing = row.missing(f.key());
                    // a total above the sum of the units that reported may be right: the units that did not may make up the rest
                    Severity severity = missing > 0 && reported > sum.doubleValue() ? Severity.WARNING : Severity.ERROR;
                    out.add(Finding.about(ID, severity, rep.record(), f).unit(row.code(), row.name())
                            .message(missing > 0 ? "AGG-TOTAL.partial" : "AGG-TOTAL", row.name(), f, Numbers.plain(reported),
                                    Numbers.plain(sum.doubleValue()), Numbers.plain(Math.round((reported - sum.doubleValue()) * 100) / 100.0),
                                    missing)
                            .compared(Numbers.value(reported), "= " + Numbers.plain(sum.doubleValue())).build());
                }
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
