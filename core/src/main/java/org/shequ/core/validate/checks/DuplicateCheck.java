package org.shequ.core.validate.checks;

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
 * id, a task id), across all files of the run. The finding names where it was first seen.
 */
public final class DuplicateCheck implements Check {
    public static final String ID = "DATA-DUPLICATE";
    /** First place of each key (file index and line): unregistered unit codes with their period, and other keys as text. */
    private final LongPositions seenUnits = new LongPositions();
    /** The first places of registered units, by period and province (see {@link #registered}). */
    private final Map<Long, long[]> registeredPlaces = new HashMap<>();
    private long lastSlot;
    private long[] lastPlaces;
    private final Map<String, Long> seen = new HashMap<>();
    private final List<String> files = new ArrayList<>();

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
        long here = ((long) fileIndex(ctx.file()) << 32) | r.line();
        long first = firstSeen(r, keys, here, ctx.registry());
        if (first >= 0) {
            ctx.judged(ID, r, false);
            Field f = keys.get(0);
            String firstFile = files.get((int) (first >>> 32));
            int firstLine = (int) first;
            ctx.report(Finding.about(ID, Severity.ERROR, r, f)
                    .message("DATA-DUPLICATE", f, r.text(f), r.period() == null ? "" : r.period(), firstFile, firstLine)
                    .build());
        }
    }

    /**
     * Where the record's key within its kind and period was first seen, or −1 after noting {@code here}
     * for it (or when a key value is missing). A registered unit's place is kept in an array by its
     * position in the registry, one per period and province (8 bytes a unit); other keys in tables.
     */
    private long firstSeen(Record r, List<Field> keys, long here, DivisionRegistry registry) {
        boolean periodic = r.kind().field("period").isPresent() || r.kind().periodFromOrNull() != null;
        if (keys.size() == 1 && keys.get(0).type() == FieldType.CODE && r.kind().unitField().isPresent()) {
            String code = r.text(keys.get(0));
            if (code == null) {
                return -1;
            }
            long p = periodic && r.period() != null ? r.period().key() : 0;
            int i = registry.villageIndex(code);
            if (i < 0) {
                return seenUnits.putIfAbsent(Long.parseLong(code) * 1_000_000 + p, here);
            }
            long[] at = registered(p, code, registry);
            long f = at[i];
            if (f < 0) {
                at[i] = here;
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
        Long f = seen.putIfAbsent(key.toString(), here);
        return f == null ? -1 : f;
    }

    /** The first places of a period's registered units in the province of {@code code}, by registry position (−1: not yet seen). */
    private long[] registered(long period, String code, DivisionRegistry registry) {
        long slot = period * 100 + (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
        if (slot != lastSlot || lastPlaces == null) {
            lastPlaces = registeredPlaces.computeIfAbsent(slot, k -> {
                long[] a = new long[registry.villagesIn(code)];
                Arrays.fill(a, -1);
                return a;
            });
            lastSlot = slot;
        }
        return lastPlaces;
    }

    private int fileIndex(String file) {
        int i = files.lastIndexOf(file);
        if (i < 0) {
            files.add(file);
            i = files.size() - 1;
        }
        return i;
    }
}
