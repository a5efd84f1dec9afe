package org.shequ.core.validate.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.FieldType;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Check;
import org.shequ.core.validate.CheckContext;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.Severity;
import org.shequ.core.validate.Unjudged;

/**
 * DATA-COPY (warning): a unit whose numbers are all those of another unit of the same period, one a clerk most
 * likely copied from the row above and did not change (a new community given a neighbour's 690 households, 1,771
 * residents and 309 m²). Its numbers are counted as sent, like any other doubt, so the totals count that village
 * twice until the township corrects it. Only a row with at least {@link #MIN_VALUES} numbers, {@link #MIN_NONZERO}
 * of them not 0, one of them its households, people or facility area ({@link #SIZES}), is compared: units that report
 * little (all 0, a few small counts) may well agree by chance. The same unit twice is DATA-DUPLICATE's, not this
 * check's; a row without a valid code is compared with those before it but not kept.
 *
 * <p>Each row is kept as a 63-bit hash of its period and its numbers, field by field, with where it was (file and
 * line) and a 16-bit print of its code: 16 bytes a unit in an open-addressing table (some 32 MB at national scale).
 */
public final class CopyCheck implements Check {
    public static final String ID = "DATA-COPY";
    /** The fewest numbers a row must have to be compared, and of them the fewest that are not 0. */
    static final int MIN_VALUES = 8;
    static final int MIN_NONZERO = 5;
    private static final int LINE_BITS = 32;
    private static final int PRINT_BITS = 16;
    /** Files and sheets beyond this many in one run (15 bits) share the last index: only the message's file name suffers. */
    private static final int MAX_FILE = (1 << 15) - 1;
    /** The fields that say a unit's size: a row compared must have one of them, not 0 (small counts alone agree by chance). */
    private static final Set<String> SIZES = Set.of("households", "population", "service_area");

    private static final String COMMUNITIES = "communities";

    private final LongPositions seen = new LongPositions();
    /** The files and sheets met, each as {file, sheet or null}, and their indexes. */
    private final List<String[]> files = new ArrayList<>();
    private final Map<String, Integer> fileIndexes = new HashMap<>();
    private String lastFile;
    private String lastSheet;
    private int lastIndex;
    private Kind kind;
    private List<Field> numbers = List.of();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void record(Record r, CheckContext ctx) {
        if (!COMMUNITIES.equals(r.kind().name())) {
            return;
        }
        if (r.kind() != kind) {
            kind = r.kind();
            numbers = kind.fields().stream().filter(f -> f.type() == FieldType.INTEGER || f.type() == FieldType.DECIMAL
                    || f.type() == FieldType.PERCENT).toList();
        }
        long hash = r.period() == null ? 17 : r.period().key();
        int values = 0;
        int nonzero = 0;
        boolean sized = false;
        for (Field f : numbers) {
            double v = r.soundOrNaN(f);
            if (Double.isNaN(v)) {
                continue;
            }
            values++;
            nonzero += v == 0 ? 0 : 1;
            sized |= v != 0 && SIZES.contains(f.key());
            hash = mix(hash * 31 + f.index()) ^ mix(Double.doubleToLongBits(v + 0.0)); // -0.0 is 0
        }
        if (values < MIN_VALUES || nonzero < MIN_NONZERO || !sized) {
            return;
        }
        long first;
        if (r.unit() == null) {
            first = seen.get(hash & Long.MAX_VALUE); // a row without a valid code (a pasted row not yet given one) is compared, not kept
        } else {
            long print = print(r.unit());
            long here = (long) fileIndex(ctx.file(), r.location().sheet()) << (LINE_BITS + PRINT_BITS) | print << LINE_BITS | r.line();
            first = seen.putIfAbsent(hash & Long.MAX_VALUE, here);
            if (first >= 0 && ((first >>> LINE_BITS) & ((1 << PRINT_BITS) - 1)) == print) {
                return; // the same unit again: DATA-DUPLICATE's
            }
        }
        if (first < 0) {
            return;
        }
        Field at = numbers.stream().filter(f -> !Double.isNaN(r.soundOrNaN(f))).findFirst().orElseThrow();
        String[] where = files.get((int) (first >>> (LINE_BITS + PRINT_BITS)));
        ctx.report(Finding.about(ID, Severity.WARNING, r, at)
                .message(where[1] == null ? ID : ID + ".sheet", values, where[0], (int) first, where[1])
                .build());
        ctx.notJudged(ID, r, at, Unjudged.COPIED); // a verdict on copied numbers would be the other unit's
    }

    private static long mix(long x) {
        x *= 0x9E3779B97F4A7C15L;
        return x ^ (x >>> 29);
    }

    /** 16 bits of a unit's code. */
    private static long print(String code) {
        return code.hashCode() & ((1 << PRINT_BITS) - 1);
    }

    private int fileIndex(String file, String sheet) {
        if (file.equals(lastFile) && Objects.equals(sheet, lastSheet)) {
            return lastIndex; // a sheet's rows come together
        }
        lastFile = file;
        lastSheet = sheet;
        lastIndex = fileIndexes.computeIfAbsent(file + '\u0000' + Objects.toString(sheet, ""), k -> {
            if (files.size() > MAX_FILE) {
                return MAX_FILE;
            }
            files.add(new String[] {file, sheet});
            return files.size() - 1;
        });
        return lastIndex;
    }
}
