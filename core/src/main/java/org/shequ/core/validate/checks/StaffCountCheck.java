package org.shequ.core.validate.checks;

import org.shequ.core.schema.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shequ.core.io.Location;
import org.shequ.core.schema.Field;
import org.shequ.core.validate.Check;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.Severity;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * STAFF-COUNT (warning): a community's full-time staff on its sheet (专职工作人员) differs from the
 * people the staff register lists for it as 两委成员 or 专职工作者 (grid workers and others are
 * not full-time staff). Compared in the run's period (the one asked for, else the latest on the
 * sheets), for the communities the register names: a community with nobody on the register is not
 * compared, since a register may cover part of a county. The finding stands on the sheet's cell.
 *
 * <p>Every sheet's value is kept until the run ends (the register may be read after the sheets), as
 * two longs per unit in the order read: about 10 MB for the whole country.
 */
public final class StaffCountCheck implements Check {
    public static final String ID = "STAFF-COUNT";
    private static final List<String> FULL_TIME = List.of("committee", "fulltime");
    private static final int VALUE_BITS = 20;
    private static final int TABLE_BITS = 12;

    /**
     * The sheets' values in the order read: (code, period) in {@code keys}, value, table and line packed
     * in {@code values} (16 bytes a unit; a hash table would need twice that, which a national run cannot spare).
     */
    private long[] keys = new long[1024];
    private long[] values = new long[1024];
    private int size;
    /** The sheets' file and sheet names, by their index in the packed positions. */
    private final List<String[]> tables = new ArrayList<>();
    /** Per community code, the register's full-time staff (period, count): a register is a county's thousands. */
    private final Map<String, Map<Period, long[]>> register = new TreeMap<>();
    private Period latest;
    /** The register's people counted, by period and id. */
    private final Set<String> people = new HashSet<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void record(Record r, CheckContext ctx) {
        String kind = r.kind().name();
        if (kind.equals("staff")) {
            person(r);
        } else if (kind.equals("communities")) {
            sheet(r);
        }
    }

    private void person(Record r) {
        String code = r.unit();
        String role = r.kind().field("role").map(r::text).orElse(null);
        String id = r.kind().field("id").map(r::text).orElse(null);
        if (code == null || code.length() != 12 || !FULL_TIME.contains(role) || id != null && !people.add(r.period() + "\u0000" + id)) {
            return; // not full-time staff, or a person listed again (DATA-DUPLICATE): counted once
        }
        register.computeIfAbsent(code, c -> new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder())))
                .computeIfAbsent(r.period(), p -> new long[1])[0]++;
    }

    private void sheet(Record r) {
        Field staff = r.kind().field("fulltime_staff").orElse(null);
        String code = r.unit();
        Double v = staff == null ? null : r.sound(staff);
        Period period = r.period();
        if (v == null || v != Math.rint(v) || v >= (1 << VALUE_BITS) || code == null || code.length() != 12 || period == null) {
            return;
        }
        latest = latest == null || period.compareTo(latest) > 0 ? period : latest;
        Location at = r.locationOf(staff);
        int table = table(at);
        if (table < 0) {
            return;
        }
        long packed = ((long) at.line() << (VALUE_BITS + TABLE_BITS)) | ((long) table << VALUE_BITS) | v.longValue();
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size + size / 2);
            values = Arrays.copyOf(values, keys.length);
        }
        keys[size] = Long.parseLong(code) * 1_000_000 + period.key();
        values[size++] = packed;
    }

    private int table(Location at) {
        int last = tables.size() - 1;
        if (last >= 0 && Objects.equals(tables.get(last)[0], at.file()) && Objects.equals(tables.get(last)[1], at.sheet())) {
            return last;
        }
        for (int i = 0; i < tables.size(); i++) {
            if (Objects.equals(tables.get(i)[0], at.file()) && Objects.equals(tables.get(i)[1], at.sheet())) {
                return i;
            }
        }
        if (tables.size() >= (1 << TABLE_BITS) || at.line() < 0) {
            return -1;
        }
        tables.add(new String[] {at.file(), at.sheet()});
        return tables.size() - 1;
    }

    @Override
    public void endRun(CheckContext ctx) {
        Period period = ctx.settings().period() != null ? ctx.settings().period() : latest;
        if (period == null) {
            return;
        }
        if (register.isEmpty()) {
            return;
        }
        // each compared community's first row in the period, as aggregates count it
        Map<Long, Long> rows = new HashMap<>();
        Set<Long> wanted = new HashSet<>();
        register.keySet().forEach(code -> wanted.add(Long.parseLong(code) * 1_000_000 + period.key()));
        for (int i = 0; i < size; i++) {
            if (wanted.contains(keys[i])) {
                rows.putIfAbsent(keys[i], values[i]);
            }
        }
        register.forEach((code, byPeriod) -> {
            if (!byPeriod.containsKey(null) && !byPeriod.containsKey(period)) {
                return; // on another period's register only
            }
            long people = byPeriod.getOrDefault(null, new long[1])[0] + byPeriod.getOrDefault(period, new long[1])[0];
            Long found = rows.get(Long.parseLong(code) * 1_000_000 + period.key());
            if (found == null) {
                return; // not on this period's sheets: DATA-CODE and the coverage say what is missing
            }
            long packed = found;
            long value = packed & ((1L << VALUE_BITS) - 1);
            if (value == people) {
                return;
            }
            String[] table = tables.get((int) ((packed >>> VALUE_BITS) & ((1L << TABLE_BITS) - 1)));
            int line = (int) (packed >>> (VALUE_BITS + TABLE_BITS));
            ctx.report(Finding.of(ID, Severity.WARNING)
                    .at(new Location(table[0], table[1], line, "fulltime_staff"))
                    .unit(code, ctx.registry().nameOf(code))
                    .message("STAFF-COUNT.differs", people, value)
                    .compared(value, String.valueOf(people))
                    .build());
        });
    }
}
