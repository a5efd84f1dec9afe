package org.shequ.core.validate.checks;

import java.util.Objects;
import org.shequ.core.schema.Period;
import java.util.ArrayList;
import java.util.Arrays;
import org.shequ.core.division.DivisionRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shequ.core.schema.Field;
import org.shequ.core.validate.Check;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.Severity;
import org.shequ.core.schema.FieldType;

/**
 * DATA-DUPLICATE: the same unit twice in one period (or the same key of another kind: a staff
 * id, a task id), across all files of the run. The finding names where it was first seen and says
 * whether the two rows were filled in alike (a row pasted twice: delete one) or not (two versions of
 * the unit: which is right only the township can say), by a 64-bit print of every cell as written,
 * kept beside the first place (8 bytes a unit).
 */
public final class DuplicateCheck implements Check {
    public static final String ID = "DATA-DUPLICATE";
    /** First place of each key (file index and line): unregistered unit codes with their period, and other keys as text. */
    private final LongPositions seenUnits = new LongPositions();
    /** The first places of registered units, by period and province (see {@link #registered}), and the prints of their rows. */
    private final Map<Long, long[][]> registeredPlaces = new HashMap<>();
    private long lastSlot;
    private long[][] lastPlaces;
    private final Map<String, Long> seen = new HashMap<>();
    /** The print of the row at each first place of {@link #seenUnits} (by the same key) and of {@link #seen}. */
    private final LongPositions unitPrints = new LongPositions();
    private final Map<String, Long> prints = new HashMap<>();
    /** The print of the first row of the key {@link #firstSeen} found repeated. */
    private long firstPrint;
    /** The files and sheets met, each as {file, sheet or null}. */
    private final List<String[]> files = new ArrayList<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void record(Record r, CheckContext ctx) {
        List<Field> keys = r.kind().keyFields();
        if (keys.isEmpty()) {
            return;
        }
        long here = ((long) fileIndex(ctx.file(), r.location().sheet()) << 32) | r.line();
        long print = print(r);
        long first = firstSeen(r, keys, here, print, ctx.registry());
        if (first >= 0) {
            ctx.judged(ID, r, false);
            Field f = keys.get(0);
            String[] firstFile = files.get((int) (first >>> 32));
            int firstLine = (int) first;
            // a workbook's sheets each count their rows: the place names the sheet
            String key = (firstPrint == print ? "DATA-DUPLICATE.same" : "DATA-DUPLICATE") + (firstFile[1] == null ? "" : ".sheet");
            ctx.report(Finding.about(ID, Severity.ERROR, r, f)
                    .message(key, f, r.text(f), r.period() == null ? "" : r.period(), firstFile[0], firstLine, firstFile[1])
                    .build());
        }
    }

    /** Every cell of the row as written (stripped), as 63 bits: two rows with the same print were filled in alike. */
    private static long print(Record r) {
        long h = 17;
        for (Field f : r.kind().fields()) {
            String raw = r.raw(f);
            h = (h * 31 + (raw == null ? 0 : raw.strip().hashCode() + 1)) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
        }
        return h & Long.MAX_VALUE;
    }

    /**
     * Where the record's key within its kind and period was first seen, or −1 after noting {@code here}
     * for it (or when a key value is missing). A registered unit's place is kept in an array by its
     * position in the registry, one per period and province (8 bytes a unit); other keys in tables.
     */
    private long firstSeen(Record r, List<Field> keys, long here, long print, DivisionRegistry registry) {
        boolean periodic = r.kind().field("period").isPresent() || r.kind().periodFromOrNull() != null;
        if (keys.size() == 1 && keys.get(0).type() == FieldType.CODE && r.kind().unitField().isPresent()) {
            String code = r.text(keys.get(0));
            if (code == null) {
                return -1;
            }
            long p = periodic && r.period() != null ? r.period().key() : 0;
            int i = registry.villageIndex(code);
            if (i < 0) {
                long key = Long.parseLong(code) * 1_000_000 + p;
                long f = seenUnits.putIfAbsent(key, here);
                if (f < 0) {
                    unitPrints.putIfAbsent(key, print);
                } else {
                    firstPrint = unitPrints.get(key);
                }
                return f;
            }
            long[][] at = registered(p, code, registry);
            long f = at[0][i];
            if (f < 0) {
                at[0][i] = here;
                at[1][i] = print;
            } else {
                firstPrint = at[1][i];
            }
            return f;
        }
        StringBuilder key = new StringBuilder(r.kind().name());
        for (Field f : keys) {
            String v = r.text(f);
            if (v == null) {
                return -1;
            }
            key.append('\u0001').append(v);
        }
        if (periodic) {
            key.append('\u0001').append(r.period());
        }
        String k = key.toString();
        Long f = seen.putIfAbsent(k, here);
        if (f == null) {
            prints.put(k, print);
            return -1;
        }
        firstPrint = prints.get(k);
        return f;
    }

    /**
     * The first places of a period's registered units in the province of {@code code}, by registry position (−1: not
     * yet seen), and beside them the prints of those rows.
     */
    private long[][] registered(long period, String code, DivisionRegistry registry) {
        long slot = period * 100 + (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
        if (slot != lastSlot || lastPlaces == null) {
            lastPlaces = registeredPlaces.computeIfAbsent(slot, k -> {
                long[] a = new long[registry.villagesIn(code)];
                Arrays.fill(a, -1);
                return new long[][] {a, new long[a.length]};
            });
            lastSlot = slot;
        }
        return lastPlaces;
    }

    private int fileIndex(String file, String sheet) {
        for (int i = files.size() - 1; i >= 0; i--) { // the last first: a sheet's rows come together
            if (files.get(i)[0].equals(file) && Objects.equals(files.get(i)[1], sheet)) {
                return i;
            }
        }
        files.add(new String[] {file, sheet});
        return files.size() - 1;
    }
}
