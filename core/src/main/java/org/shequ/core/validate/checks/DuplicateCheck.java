package org.shequ.core.validate.checks;

import org.shequ.core.schema.Period;
import java.util.ArrayList;
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
    /** First place of each key (file index and line): unit codes with their period, and other keys as text. */
    private final LongPositions seenUnits = new LongPositions();
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
        Object key = key(r, keys);
        if (key == null) {
            return;
        }
        long here = ((long) fileIndex(ctx.file()) << 32) | r.line();
        Long first;
        if (key instanceof Long unit && unit >= 0) {
            long f = seenUnits.putIfAbsent(unit, here);
            first = f < 0 ? null : f;
        } else {
            first = seen.putIfAbsent(key.toString(), here);
        }
        if (first != null) {
            ctx.judged(ID, r, false);
            Field f = keys.get(0);
            String firstFile = files.get((int) (first >>> 32));
            int firstLine = (int) (long) first;
            ctx.report(Finding.about(ID, Severity.ERROR, r, f)
                    .message("DATA-DUPLICATE", f, r.text(f), r.period() == null ? "" : r.period(), firstFile, firstLine)
                    .build());
        }
    }

    /** The record's key within its kind and period, or null when a key value is missing. */
    private static Object key(Record r, List<Field> keys) {
        boolean periodic = r.kind().field("period").isPresent() || r.kind().periodFromOrNull() != null;
        if (keys.size() == 1 && keys.get(0).type() == FieldType.CODE && r.kind().unitField().isPresent()) {
            String code = r.text(keys.get(0));
            if (code == null) {
                return null;
            }
            long p = periodic && r.period() != null ? r.period().key() : 0;
            return Long.parseLong(code) * 1_000_000 + p;
        }
        StringBuilder key = new StringBuilder(r.kind().name());
        for (Field f : keys) {
            String v = r.text(f);
            if (v == null) {
                return null;
            }
            key.append('\u0001').append(v);
        }
        if (periodic) {
            key.append('\u0001').append(r.period());
        }
        return key.toString();
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
