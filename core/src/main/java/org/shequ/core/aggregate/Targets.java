package org.shequ.core.aggregate;

import org.shequ.core.Words;
import org.shequ.core.schema.Period;
import java.time.LocalDate;
import java.time.YearMonth;
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
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.shequ.core.schema.FieldType;
import org.shequ.core.Numbers;

/**
 * The target table (目标任务分解表): collects its rows as they stream past, then, once the
 * levels are added up, gives each target its actual, progress and remaining, a TARGET-BEHIND
 * finding for an area short of a target due within the period, and a TARGET-SPLIT finding where
 * the targets of an area's parts do not add up to its own. A row's 镇(街) may name a township, a
 * county or a city (by name or code): a county's own target beside its townships', or a city's
 * for its counties.
 */
public final class Targets implements RecordListener {
    public static final String ID = "TARGET-BEHIND";
    public static final String SPLIT = "TARGET-SPLIT";
    /** What the parts of an area are called, by the digits of their codes (data, in the language of the tables). */
    private static final Map<Integer, String> PARTS = Map.of(9, Words.get("parts.9"), 6, Words.get("parts.6"), 4, Words.get("parts.4"));
    /** The division levels a target may be set for, the finest first. */
    private static final List<String> LEVELS = List.of("township", "county", "city", "province");
    private final Kind kind;
    private final List<Target> rows = new ArrayList<>();

    /**
     * One row of the table as written: township, indicator, target, due date, note, and where; its
     * {@code period} is the row's: the year it is due in, else its file's or the workspace's (the
     * dictionary's {@code period_from: due}).
     */
    public record Target(String township, String indicator, double target, LocalDate due, String note, Location where,
                         Period period) {
    }

    /**
     * A target with what it is measured against: the township and metric it resolved to, and the
     * actual of {@code actualPeriod}, only when every unit of the township reported the value
     * ({@code unreported}: how many did not, and then there is no actual), or when the units that reported
     * already reach the target ({@link #partial}). Progress and what remains are only of a target measured against
     * its own period: a plan for next year is shown beside this year's actual, labelled as such, and
     * has no progress.
     */
    public record Progress(Target target, Row township, String metric, Double actual, Period actualPeriod, long unreported) {
        /** Whether the actual is of the target's own period. */
        public boolean current() {
            return actual != null && Objects.equals(actualPeriod, target.period());
        }

        /**
         * Whether the actual is the sum of only the units that reported, which already reaches the target (see
         * {@link Targets#progress}): the target is met whatever the others would add, and the progress is not known.
         */
        public boolean partial() {
            return actual != null && unreported > 0;
        }

        public Double progress() {
            return !current() || partial() || target.target() == 0 ? null : actual / target.target();
        }

        public Double remaining() {
            return !current() ? null : Math.max(0, target.target() - actual);
        }

        /** Met: an actual of the target's own period at least the target. */
        public boolean met() {
            return current() && actual >= target.target();
        }
    }

    public Targets(Dictionary dictionary) {
        this.kind = dictionary.kind("targets").orElseThrow();
        Set<String> sums = new HashSet<>(List.of("units", "urban_units", "rural_units"));
        dictionary.kind("communities").ifPresent(k -> k.fields().stream()
                .filter(f -> f.type() == FieldType.INTEGER || f.type() == FieldType.DECIMAL
                        || f.type() == FieldType.BOOLEAN)
                .forEach(f -> sums.add(f.key())));
        this.additive = Set.copyOf(sums);
        Set<String> up = new HashSet<>(List.of("units", "urban_units", "rural_units"));
        dictionary.kind("communities").ifPresent(k -> k.fields().stream()
                .filter(f -> additive.contains(f.key()) && (f.type() == FieldType.BOOLEAN || f.min() != null && f.min() >= 0)).forEach(f -> up.add(f.key())));
        this.growing = Set.copyOf(up);
    }

    /** The additive metrics whose values are never below 0, so that a sum over some units is at most the sum over all. */
    private final Set<String> growing;

    /** The metrics whose parts add up to the whole (sums and counts; not a percentage, a ratio or a rate). */
    private final Set<String> additive;

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
        rows.add(new Target(township, indicator, target, due, text(r, "note"), r.location(), r.period()));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * Each target against the area rows of its own period ({@code levels}: the levels of a period, null
     * when the inputs have none): an area by code or name (suffix variants tolerated), a township's
     * first, then a county's, a city's, a province's; an indicator by metric key or by its Chinese name
     * ({@code names}: key → 中文名). A target of a period after {@code current} (next year's plan) is
     * set beside the current period's actual when both are of one length (a year's target is never set
     * beside a quarter's actual); a target of a period the inputs do not hold otherwise
     * has no actual.
     */
    public List<Progress> progress(Function<Period, List<Level>> levels, Period current,
                                   Map<String, String> names) {
        List<Progress> out = new ArrayList<>();
        // by period, then by file and line: the order of the inputs never reorders the table
        List<Target> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(Target::period, Comparator.nullsFirst(Comparator.<Period>naturalOrder()))
                .thenComparing(t -> String.valueOf(t.where().file())).thenComparingInt(t -> t.where().line()));
        Map<String, Target> taken = new HashMap<>();
        repeats.clear();
        for (Target t : ordered) {
            Period measured = t.period();
            List<Level> level = levels.apply(measured);
            // only beside an actual of the same length: an annual target is no quarter's
            if (level == null && measured != null && current != null && measured.compareTo(current) > 0 && measured.span() == current.span()) {
                measured = current;
                level = levels.apply(current);
            }
            List<Level> in = level;
            Optional<Row> row = find(in, t.township());
            if (row.isEmpty() && in == null) {
                // no data for the period at all: the area is still named by the current period's rows
                row = find(levels.apply(current), t.township());
                measured = null;
            }
            String metric = metricKey(t.indicator(), names);
            if (repeated(t, row, metric, taken)) {
                continue;
            }
            // an actual only when every unit of the area reported the value: a partial sum is no actual, except
            // that a sum of values never below 0 that already reaches its own period's target shows it met
            long unreported = row.isPresent() && metric != null ? row.get().missing(metric) : 0;
            Number value = in != null && row.isPresent() && metric != null && row.get().units() > 0 ? row.get().metrics().get(metric) : null;
            boolean reached = value != null && unreported > 0 && growing.contains(metric) && Objects.equals(measured, t.period())
                    && value.doubleValue() >= t.target();
            Double actual = value != null && (unreported == 0 || reached) ? value.doubleValue() : null;
            out.add(new Progress(t, row.orElse(null), metric, actual, actual == null ? null : measured, unreported));
        }
        return out;
    }

    /**
     * Whether an earlier row of the tables set a target for the same area, indicator and period, however written
     * (城关镇 and 城关街道, 议事成功案例 and its key): the first counts, as for any repeated row, and this one is left out
     * of the progress and the attachment. A row written the same as the earlier one is DATA-DUPLICATE's already;
     * one written otherwise is said here.
     */
    private boolean repeated(Target t, Optional<Row> row, String metric, Map<String, Target> taken) {
        if (row.isEmpty() || metric == null) {
            return false;
        }
        Target first = taken.putIfAbsent(row.get().code() + '\u0000' + metric + '\u0000' + t.period(), t);
        if (first == null) {
            return false;
        }
        if (!first.township().strip().equals(t.township().strip()) || !first.indicator().strip().equals(t.indicator().strip())) {
            repeats.add(Finding.of("DATA-DUPLICATE", Severity.ERROR).at(t.where().withField("township"))
                    .unit(row.get().code(), row.get().name())
                    .message("target.repeated", t.township(), t.indicator(), first.where().file(), first.where().line(),
                            first.township(), first.indicator(), Numbers.plain(first.target()))
                    .build());
        }
        return true;
    }

    /** The rows {@link #progress} left out as repeating an earlier target in other words, as findings. */
    public List<Finding> repeats() {
        return List.copyOf(repeats);
    }

    private final List<Finding> repeats = new ArrayList<>();

    /** The row of an area named by code or name in a period's division levels, the finest level first. */
    private static Optional<Row> find(List<Level> levels, String area) {
        if (levels == null) {
            return Optional.empty();
        }
        for (String by : LEVELS) {
            for (Level l : levels) {
                if (!l.by().equals(by)) {
                    continue;
                }
                Optional<Row> row = l.rows().stream()
                        .filter(r -> r.code().equals(area.strip()) || UnitNames.same(area, r.name())).findFirst();
                if (row.isPresent()) {
                    return row;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * TARGET-SPLIT (error): per period and indicator, an area's target that is not the sum of the
     * targets set for its parts at the next level that has any (a county's and its townships', a
     * city's and its counties'). Only areas whose parts have targets are compared; only indicators
     * that add up (sums and counts: a county's satisfaction or area per 100 households is no sum of
     * its townships'); and not an indicator of a period with a target whose area is not known (named
     * by DATA-CODE), since its part would be missing from the sum.
     */
    public List<Finding> splits(List<Progress> progress) {
        List<Finding> out = new ArrayList<>();
        Set<String> unresolved = new HashSet<>();
        progress.stream().filter(p -> p.township() == null).forEach(p -> unresolved.add(p.target().period() + "\u0000" + p.metric()));
        for (Progress whole : progress) {
            if (whole.township() == null || whole.metric() == null || !additive.contains(whole.metric())
                    || unresolved.contains(whole.target().period() + "\u0000" + whole.metric())) {
                continue;
            }
            String code = whole.township().code();
            List<Progress> parts = progress.stream()
                    .filter(p -> p != whole && p.township() != null && Objects.equals(p.metric(), whole.metric())
                            && Objects.equals(p.target().period(), whole.target().period())
                            && p.township().code().length() > code.length() && p.township().code().startsWith(code))
                    .toList();
            int finest = parts.stream().mapToInt(p -> p.township().code().length()).min().orElse(0);
            List<Progress> next = parts.stream().filter(p -> p.township().code().length() == finest).toList();
            if (next.isEmpty()) {
                continue;
            }
            BigDecimal sum = next.stream().map(p -> BigDecimal.valueOf(p.target().target()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal own = BigDecimal.valueOf(whole.target().target());
            if (sum.compareTo(own) != 0) {
                out.add(Finding.of(SPLIT, Severity.ERROR).at(whole.target().where().withField("target"))
                        .unit(code, whole.township().name())
                        .message("TARGET-SPLIT", whole.township().name(), whole.target().indicator(),
                                Numbers.plain(whole.target().target()), next.size(),
                                Numbers.plain(sum.doubleValue()), PARTS.getOrDefault(finest, Words.get("parts.other")))
                        .compared(sum.doubleValue(), "= " + Numbers.plain(whole.target().target())).build());
            }
        }
        return out;
    }

    /** Findings: an unknown township or indicator, and targets behind at the period's end. */
    public static List<Finding> findings(List<Progress> progress, Period period) {
        List<Finding> out = new ArrayList<>();
        LocalDate end = period == null ? null : YearMonth.of(period.year(), period.lastMonth()).atEndOfMonth();
        for (Progress p : progress) {
            Target t = p.target();
            if (p.township() == null) {
                out.add(Finding.of("DATA-CODE", Severity.WARNING).at(t.where().withField("township"))
                        .message("target.township", t.township()).build());
            } else if (p.metric() == null) {
                out.add(Finding.of("DATA-TYPE", Severity.WARNING).at(t.where().withField("indicator"))
                        .message("target.indicator", t.indicator()).build());
            } else if (p.current() && p.actual() < t.target() && Objects.equals(t.period(), period)
                    && (t.due() == null || end == null || !t.due().isAfter(end))) {
                out.add(Finding.of(ID, Severity.WARNING).at(t.where().withField("target"))
                        .unit(p.township().code(), p.township().name())
                        .message("TARGET-BEHIND", p.township().name(), t.indicator(), p.actual(), t.target(),
                                String.format(Locale.ROOT, "%.1f", p.progress() * 100), p.remaining(),
                                t.due() == null ? "" : t.due())
                        .compared(p.actual(), ">= " + Numbers.plain(t.target())).build());
            }
        }
        return out;
    }

    private static String metricKey(String indicator, Map<String, String> names) {
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
