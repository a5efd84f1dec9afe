package org.shequ.core.aggregate;

import org.shequ.core.schema.Period;
import org.shequ.core.rules.Indicator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.jexl3.JexlException;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.rules.RecordContext;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Record;
import org.shequ.core.schema.Field;
import org.shequ.core.validate.RecordListener;
import org.shequ.core.validate.Unjudged;
import org.shequ.core.validate.checks.DuplicateCheck;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Objects;
import java.util.function.Function;
import org.shequ.core.access.AccessJudge;
import org.shequ.core.access.Burden;

/**
 * Adds communities up as they stream past the checks, to several groupings in the same pass and
 * separately for each period (the values of different years are never added together); it
 * holds one accumulator per group, never the rows. A unit repeated in a period (which
 * DATA-DUPLICATE reports as judged) is counted once, the first time. The rules' verdicts for each unit (reported
 * just before the unit) give the pass rates and the names of failing units. A task of the access
 * ledger counts in the period of its record, else in the year of its date.
 */
public final class Aggregator implements RecordListener {
    private final Kind communities;
    private final List<Grouping> groupings;
    private final Metrics metrics;
    private final DivisionRegistry registry;
    /** The sums of each period; null is the period of rows that have none. */
    private final Map<Period, Sums> periods = new HashMap<>();
    private Sums last;
    private Period lastPeriod;
    private final List<Metrics.Judgement> pending = new ArrayList<>();
    private final RecordContext unitVars = new RecordContext(Map.of());
    private Record pendingFor;
    private final Function<String, Accumulator> newAccumulator;
    private final Accumulator.Unit scratch;

    /** One period's groups and total, with the last group of each grouping for consecutive units. */
    private final class Sums {
        final List<Map<String, Accumulator>> groups = new ArrayList<>();
        final Accumulator total = new Accumulator(metrics);
        final String[] lastKey = new String[groupings.size()];
        final Accumulator[] lastGroup = new Accumulator[groupings.size()];
        /** Whether community rows were added (not only staff or tasks). */
        boolean communities;

        Sums() {
            // hashed while units arrive (in any order: a sorted map compared a dozen codes per unit and level),
            // sorted once when the rows are read
            groupings.forEach(g -> groups.add(new HashMap<>()));
        }
    }

    private final AccessJudge judge;

    private final String jurisdiction;

    /** {@code jurisdiction}: the workspace's division code (tasks outside it are not counted), or null. */
    public Aggregator(Kind communities, List<Grouping> groupings, Metrics metrics, DivisionRegistry registry,
                      AccessJudge judge, String jurisdiction) {
        this.judge = judge;
        this.jurisdiction = jurisdiction;
        this.communities = communities;
        this.groupings = List.copyOf(groupings);
        this.metrics = metrics;
        this.registry = registry;
        this.newAccumulator = k -> new Accumulator(metrics);
        this.scratch = new Accumulator.Unit(metrics);
    }

    @Override
    public void judged(String rule, Record record, boolean passed) {
        if (record != pendingFor) {
            pending.clear();
            pendingFor = record;
        }
        pending.add(new Metrics.Judgement(rule, true, passed, record.unitAsWritten(), passed ? null : shown(record)));
    }

    @Override
    public void notJudged(String rule, Record record, Field field, Unjudged why) {
        if (why == Unjudged.COPIED) {
            return; // a copied row's verdict is withheld in the documents' unit lines; its rules' counts stand as judged
        }
        if (record != pendingFor) {
            pending.clear();
            pendingFor = record;
        }
        pending.add(new Metrics.Judgement(rule, false, false, record.unitAsWritten(), shown(record)));
    }

    /** How a failing unit is listed: its name (the registry's text when the same, held once), else its code as written. */
    private String shown(Record record) {
        return record.unitName() == null ? String.valueOf(record.unitAsWritten()) : registry.sameName(record.unit(), record.unitName());
    }

    @Override
    public void accept(Record r) {
        if ("assignments".equals(r.kind().name())) {
            task(r);
            return;
        }
        if ("staff".equals(r.kind().name())) {
            staff(r, r == pendingFor ? List.copyOf(pending) : List.of());
            pending.clear();
            pendingFor = null;
            return;
        }
        if (!r.kind().name().equals(communities.name())) {
            return;
        }
        List<Metrics.Judgement> outcomes = r == pendingFor ? List.copyOf(pending) : List.of();
        pending.clear();
        pendingFor = null;
        if (outcomes.stream().anyMatch(j -> j.rule().equals(DuplicateCheck.ID))) {
            return; // the same unit again in the period: counted once, the first time
        }
        String code = r.unit();
        unitVars.on(r);
        boolean urban = Boolean.TRUE.equals(unitVars.get("urban"));
        List<Indicator> perUnit = metrics.indicators().perUnit();
        boolean[] holds = new boolean[perUnit.size()];
        for (int i = 0; i < holds.length; i++) {
            try {
                holds[i] = Boolean.TRUE.equals(perUnit.get(i).script().execute(unitVars));
            } catch (JexlException e) {
                holds[i] = false; // a value the condition needs is missing: the unit is not counted
            }
        }
        boolean registered = code != null && code.length() == 12 && registry.contains(code);
        Accumulator.Unit unit = scratch.read(r, metrics);
        unit.urban = urban;
        unit.counts = holds;
        unit.outcomes = outcomes;
        Sums sums = sums(r.period());
        sums.communities = true;
        for (int i = 0; i < groupings.size(); i++) {
            group(sums, i, r, code, registered).add(unit);
        }
        sums.total.add(unit);
    }

    /** The sums of a period: the last one again for consecutive rows of the same period. */
    private Sums sums(Period period) {
        if (last != null && Objects.equals(period, lastPeriod)) {
            return last;
        }
        last = periods.computeIfAbsent(period, p -> new Sums());
        lastPeriod = period;
        return last;
    }

    /** The periods community rows were read for, in order (not those only a staff register or a ledger is of). */
    public List<Period> communityPeriods() {
        return periods().stream().filter(p -> periods.get(p).communities).toList();
    }

    /** The periods added up, in order (null, for rows without one, first). */
    public List<Period> periods() {
        List<Period> out = new ArrayList<>(periods.keySet());
        out.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        return out;
    }

    /**
     * The accumulator of the record's group in grouping {@code i}. Files usually list a
     * township's units together, so the last group of each grouping is tried first, without
     * cutting the code or searching the map.
     */
    private Accumulator group(Sums s, int i, Record r, String code, boolean registered) {
        Grouping g = groupings.get(i);
        String lastKey = s.lastKey[i];
        if (lastKey != null && g.division() && registered && code.regionMatches(0, lastKey, 0, g.digits())) {
            return s.lastGroup[i];
        }
        String key = g.key(r, registered);
        if (key.equals(lastKey)) {
            return s.lastGroup[i];
        }
        Accumulator a = s.groups.get(i).computeIfAbsent(key, newAccumulator);
        s.lastKey[i] = key;
        s.lastGroup[i] = a;
        return a;
    }

    /** A task of the access ledger, counted for the groups of the community it was put on. */
    private void task(Record r) {
        String code = r.unit();
        if (!Burden.inside(code, jurisdiction)) {
            return; // warned by DATA-CODE; not a task of this jurisdiction
        }
        AccessJudge.Verdict v = judge.of(r);
        boolean registered = code != null && code.length() == 12 && registry.contains(code);
        Period period = r.period();
        if (period == null && r.kind().field("date").map(r::valid).orElse(null) instanceof LocalDate d) {
            period = Period.year(d.getYear());
        }
        Sums s = sums(period);
        for (int i = 0; i < groupings.size(); i++) {
            if (groupings.get(i).division()) {
                String key = registered ? code.substring(0, groupings.get(i).digits()) : Grouping.UNKNOWN;
                s.groups.get(i).computeIfAbsent(key, k -> new Accumulator(metrics)).addTask(v.allowed(), v.certificate());
            }
        }
        s.total.addTask(v.allowed(), v.certificate());
    }

    /**
     * A person of the staff register, counted for the groups of their community (division levels
     * only: the register has no unit type) in the period of the record.
     */
    private void staff(Record r, List<Metrics.Judgement> verdicts) {
        if (verdicts.stream().anyMatch(j -> j.rule().equals(DuplicateCheck.ID))) {
            return; // the same person again: counted once, the first time
        }
        String code = r.unit();
        boolean registered = code != null && code.length() == 12 && registry.contains(code);
        StaffCounts person = StaffCounts.of(r, verdicts);
        Sums s = sums(r.period());
        for (int i = 0; i < groupings.size(); i++) {
            if (groupings.get(i).division()) {
                String key = registered ? code.substring(0, groupings.get(i).digits()) : Grouping.UNKNOWN;
                s.groups.get(i).computeIfAbsent(key, newAccumulator).addStaff(person);
            }
        }
        s.total.addStaff(person);
    }

    /**
     * The levels of one period, in the order asked for; {@code totalCode}/{@code totalName} name
     * the whole. A period with no rows has empty levels.
     */
    public List<Level> result(Period period, String totalCode, String totalName, boolean zh) {
        return result(period, totalCode, totalName, zh, null);
    }

    /**
     * As {@link #result(Period, String, String, boolean)}; with {@code reporting} (the jurisdiction's
     * registered units and which of them reported), every division group of the jurisdiction has a
     * row, one whose units all sent nothing included, and each row says how many should have
     * reported (应报), did not (缺报), and counts them among the units that did not report each value.
     */
    public List<Level> result(Period period, String totalCode, String totalName, boolean zh, Reporting reporting) {
        Sums sums = periods.containsKey(period) ? periods.get(period) : new Sums();
        List<Level> out = new ArrayList<>();
        Long absentInAll = reporting == null ? null : (long) reporting.absent(period).length;
        Row whole = row(totalCode, totalName, sums.total, absentInAll);
        for (int i = 0; i < groupings.size(); i++) {
            Grouping g = groupings.get(i);
            Map<String, Accumulator> groups = new TreeMap<>(sums.groups.get(i));
            Map<String, Long> absent = reporting == null || !g.division() ? Map.of() : reporting.absentBy(period, g.digits());
            absent.keySet().forEach(k -> groups.computeIfAbsent(k, newAccumulator));
            boolean counted = reporting != null && g.division();
            List<Map.Entry<String, Accumulator>> entries = new ArrayList<>(groups.entrySet());
            List<Row> rows = new LazyRows(entries.size(),
                    j -> row(entries.get(j).getKey(), g.label(entries.get(j).getKey(), registry, zh), entries.get(j).getValue(),
                            counted ? absent.getOrDefault(entries.get(j).getKey(), 0L) : null),
                    j -> entries.get(j).getKey());
            out.add(new Level(g.name(), rows, whole, period));
        }
        return out;
    }

    /** A group's row; {@code absent}: its registered units that sent nothing, or null when that is not known. */
    private Row row(String code, String name, Accumulator a, Long absent) {
        Map<String, Row.Judged> judged = new LinkedHashMap<>();
        a.judged.forEach((rule, n) -> judged.put(rule, new Row.Judged(n[0], n[1], n[2])));
        long none = absent == null ? 0 : absent;
        Map<String, Number> m = metrics.of(a);
        if (absent != null) {
            m.put("expected_units", a.units + none);
            m.put("absent_units", none);
            if (a.units + none > 0) {
                m.put("report_rate", Metrics.share(a.units, a.units + none));
            }
        }
        return new Row(code, name, a.units, m, names(a.failing), judged, metrics.missing(a, none), names(a.unjudged), none,
                unjudgedOnly(a));
    }

    /** The units some rule could not judge that failed none, each once (by code and name: two 城关社区 are two units). */
    private static long unjudgedOnly(Accumulator a) {
        if (a.unjudged.isEmpty()) {
            return 0;
        }
        Set<String> failed = new HashSet<>();
        a.failing.values().forEach(units -> units.forEach(u -> failed.add(u[0] + '\u0000' + u[1])));
        Set<String> unjudged = new HashSet<>();
        a.unjudged.values().forEach(units -> units.forEach(u -> {
            String key = u[0] + '\u0000' + u[1];
            if (!failed.contains(key)) {
                unjudged.add(key);
            }
        }));
        return unjudged.size();
    }

    /** Per rule, the names of its units by code, so that the order of the inputs never changes a list in a report. */
    private static Map<String, List<String>> names(Map<String, List<String[]>> byRule) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        byRule.forEach((rule, units) -> out.put(rule, units.stream()
                .sorted(Comparator.comparing((String[] u) -> u[0] == null ? "" : u[0]).thenComparing(u -> u[1]))
                .map(u -> u[1]).toList()));
        return out;
    }
}
