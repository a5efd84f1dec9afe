package org.shequ.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shequ.core.rules.RecordContext;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.RecordListener;
import org.shequ.core.validate.checks.DuplicateCheck;

/**
 * The per-unit lines a document needs (the compliance table, the distribution chart), taken
 * from the same pass as the checks: code, name, type, households, service area and the rules
 * the unit failed. Only a document render listens, and a line holds a handful of values, not the
 * record. A unit repeated in the period counts once, as in the aggregates.
 */
public final class UnitRows implements RecordListener {
    /** One community as a document shows it. */
    public record Line(String code, String name, String file, int line, boolean urban, Double households,
                       Double serviceArea, List<String> judged, List<String> failed, Long period) {
        /** m² of service space per 100 households, or null without both values. */
        public Double perHundred() {
            return households == null || serviceArea == null || households <= 0 ? null : serviceArea * 100 / households;
        }
    }

    private final Kind communities;
    private final Field households;
    private final Field serviceArea;
    private final RecordContext vars = new RecordContext(Map.of());
    private final List<Line> lines = new ArrayList<>();
    private final List<String> judged = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private boolean duplicate;
    private Record pendingFor;

    public UnitRows(Kind communities) {
        this.communities = communities;
        this.households = communities.field("households").orElse(null);
        this.serviceArea = communities.field("service_area").orElse(null);
    }

    @Override
    public void judged(String rule, Record record, boolean passed) {
        if (record != pendingFor) {
            judged.clear();
            failed.clear();
            duplicate = false;
            pendingFor = record;
        }
        if (rule.equals(DuplicateCheck.ID)) {
            duplicate = true;
            return;
        }
        judged.add(rule);
        if (!passed) {
            failed.add(rule);
        }
    }

    @Override
    public void accept(Record r) {
        boolean mine = r == pendingFor;
        List<String> fails = mine ? List.copyOf(failed) : List.of();
        List<String> rules = mine ? List.copyOf(judged) : List.of();
        boolean repeated = mine && duplicate;
        judged.clear();
        failed.clear();
        duplicate = false;
        pendingFor = null;
        if (!r.kind().name().equals(communities.name()) || repeated) {
            return;
        }
        vars.on(r);
        lines.add(new Line(r.unit(), r.unitName(), r.location().file(), r.line(), Boolean.TRUE.equals(vars.get("urban")),
                households == null ? null : r.sound(households), serviceArea == null ? null : r.sound(serviceArea), rules, fails,
                r.period()));
    }

    /** The units of one period in code order (units without a code last, in reading order). */
    public List<Line> lines(Long period) {
        List<Line> sorted = new ArrayList<>(lines.stream().filter(l -> java.util.Objects.equals(l.period(), period)).toList());
        sorted.sort(java.util.Comparator.comparing(Line::code, java.util.Comparator.nullsLast(String::compareTo)));
        return sorted;
    }
}
