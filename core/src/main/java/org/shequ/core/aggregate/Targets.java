package org.shequ.core.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.shequ.core.division.UnitNames;
import org.shequ.core.io.Location;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.RecordListener;
import org.shequ.core.validate.Severity;

/**
 * The target table (目标任务分解表): collects its rows as they stream past, then, once the
 * township level is added up, gives each target its actual, progress and remaining, and a
 * TARGET-BEHIND finding for a township short of a target due within the period.
 */
public final class Targets implements RecordListener {
    public static final String ID = "TARGET-BEHIND";
    private final Kind kind;
    private final List<Target> rows = new ArrayList<>();

    /** One row of the table as written: township, indicator, target, due date, note, and where. */
    public record Target(String township, String indicator, double target, LocalDate due, String note, Location where) {
    }

    /** A target with its outcome: the township and metric it resolved to, actual, progress, remaining. */
    public record Progress(Target target, Row township, String metric, Double actual) {
        public Double progress() {
            return actual == null || target.target() == 0 ? null : actual / target.target();
        }

        public Double remaining() {
            return actual == null ? null : Math.max(0, target.target() - actual);
        }
    }

    public Targets(Dictionary dictionary) {
        this.kind = dictionary.kind("targets").orElseThrow();
    }

    @Override
    public void accept(Record r) {
        if (!r.kind().name().equals(kind.name())) {
            return;
        }
        String township = text(r, "township");
        String indicator = text(r, "indicator");
        Double target = r.number(kind.field("target").orElseThrow());
        if (township == null || indicator == null || target == null) {
            return; // DATA-REQUIRED / DATA-TYPE have reported it
        }
        LocalDate due = r.valid(kind.field("due").orElseThrow()) instanceof LocalDate d ? d : null;
        rows.add(new Target(township, indicator, target, due, text(r, "note"), r.location()));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * Each target against the township rows: a township by 9-digit code or name (suffix variants
     * tolerated), an indicator by metric key or by its Chinese name ({@code names}: key → 中文名).
     */
    public List<Progress> progress(Level townships, java.util.Map<String, String> names) {
        List<Progress> out = new ArrayList<>();
        for (Target t : rows) {
            Optional<Row> row = townships.rows().stream()
                    .filter(r -> r.code().equals(t.township()) || UnitNames.same(t.township(), r.name())).findFirst();
            String metric = metricKey(t.indicator(), names);
            Double actual = row.isPresent() && metric != null && row.get().metrics().get(metric) != null
                    ? row.get().metrics().get(metric).doubleValue() : null;
            out.add(new Progress(t, row.orElse(null), metric, actual));
        }
        return out;
    }

    /** Findings: an unknown township or indicator, and targets behind at the period's end. */
    public static List<Finding> findings(List<Progress> progress, Long period) {
        List<Finding> out = new ArrayList<>();
        LocalDate end = period == null ? null : LocalDate.of(period.intValue(), 12, 31);
        for (Progress p : progress) {
            Target t = p.target();
            if (p.township() == null) {
                out.add(Finding.of("DATA-CODE", Severity.WARNING).at(t.where().withField("township"))
                        .message("target.township", t.township()).build());
            } else if (p.metric() == null) {
                out.add(Finding.of("DATA-TYPE", Severity.WARNING).at(t.where().withField("indicator"))
                        .message("target.indicator", t.indicator()).build());
            } else if (p.actual() != null && p.actual() < t.target() && (t.due() == null || end == null || !t.due().isAfter(end))) {
                out.add(Finding.of(ID, Severity.WARNING).at(t.where().withField("target"))
                        .unit(p.township().code(), p.township().name())
                        .message("TARGET-BEHIND", p.township().name(), t.indicator(), p.actual(), t.target(),
                                String.format(Locale.ROOT, "%.1f", p.progress() * 100), p.remaining(),
                                t.due() == null ? "" : t.due())
                        .compared(p.actual(), ">= " + org.shequ.core.validate.Numbers.plain(t.target())).build());
            }
        }
        return out;
    }

    private static String metricKey(String indicator, java.util.Map<String, String> names) {
        String i = indicator.strip();
        if (names.containsKey(i)) {
            return i;
        }
        for (var e : names.entrySet()) {
            if (e.getValue().equals(i)) {
                return e.getKey();
            }
        }
        return null;
    }

    private String text(Record r, String key) {
        return kind.field(key).map(r::text).orElse(null);
    }
}
