package org.shequ.core.render;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shequ.core.rules.RecordContext;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.RecordListener;
import org.shequ.core.validate.checks.DuplicateCheck;

/**
 * The per-unit lines a document needs (the compliance table, the distribution chart), taken
 * from the same pass as the checks: code, name, type, households, service area and the rules
 * the unit was judged by and failed. Only a document render listens. The lines are kept in
 * columns of primitives (a 12-digit code as a number; some 60 bytes a unit beside its name), so a national run holds all 620,573 within the
 * default heap; a {@link Line} is made when it is read. A unit repeated in the period counts once,
 * as in the aggregates.
 */
public final class UnitRows implements RecordListener {
    /** One community as a document shows it. */
    public record Line(String code, String name, String file, int line, boolean urban, Double households,
                       Double serviceArea, List<String> judged, List<String> failed, Long period, String written) {

        /**
         * How a document names the unit: its name, else its code, else the code as written (one that is
         * not a valid code), else where it is ("data/a.csv第3行的单位"); never a bare "null".
         */
        public String shown() {
            return name != null ? name : code != null ? code : written != null ? written : file + "第" + line + "行的单位";
        }

        /** m² of service space per 100 households, or null without both values. */
        public Double perHundred() {
            return households == null || serviceArea == null || households <= 0 ? null : serviceArea * 100 / households;
        }
    }

    private final Kind communities;
    private final Field households;
    private final Field serviceArea;
    private final RecordContext vars = new RecordContext(Map.of());
    private final List<String> judged = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private boolean duplicate;
    private Record pendingFor;
    // the columns: one entry per unit, in reading order
    private int size;
    /** A 12-digit code as its number (8 bytes instead of a 56-byte text); {@link #OTHER} for one kept in {@link #otherCodes}. */
    private long[] codes = new long[1024];
    /** Codes that are not 12 digits without a leading zero (or missing: null), as written, by unit index. */
    private final Map<Integer, String> otherCodes = new HashMap<>();
    /** The code as written, for a unit whose code is not a valid one (its parsed code is null), by unit index. */
    private final Map<Integer, String> writtenCodes = new HashMap<>();
    private static final long OTHER = -1;
    private String[] names = new String[1024];
    private int[] files = new int[1024];
    private int[] lineNumbers = new int[1024];
    private boolean[] urban = new boolean[1024];
    private double[] householdValues = new double[1024];
    private double[] areaValues = new double[1024];
    private long[] periods = new long[1024];
    private int[] ruleStart = new int[1025];
    private int[] rulePool = new int[4096];
    private int poolSize;
    private final List<String> fileNames = new ArrayList<>();
    private final Map<String, Integer> fileIndex = new HashMap<>();
    private final List<String> ruleNames = new ArrayList<>();
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private static final long NO_PERIOD = Long.MIN_VALUE;
    /** A failed rule is stored as its index with this bit set. */
    private static final int FAILED = 1 << 30;

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
        boolean repeated = mine && duplicate;
        pendingFor = null;
        if (!r.kind().name().equals(communities.name()) || repeated) {
            judged.clear();
            failed.clear();
            duplicate = false;
            return;
        }
        vars.on(r);
        grow();
        codes[size] = number(r.unit());
        if (codes[size] == OTHER) {
            otherCodes.put(size, r.unit());
            if (r.unit() == null && r.unitAsWritten() != null) {
                writtenCodes.put(size, r.unitAsWritten());
            }
        }
        names[size] = r.unitName();
        files[size] = fileIndex.computeIfAbsent(r.location().file(), f -> {
            fileNames.add(f);
            return fileNames.size() - 1;
        });
        lineNumbers[size] = r.line();
        urban[size] = Boolean.TRUE.equals(vars.get("urban"));
        householdValues[size] = value(r, households);
        areaValues[size] = value(r, serviceArea);
        periods[size] = r.period() == null ? NO_PERIOD : r.period();
        if (mine) {
            for (String rule : judged) {
                int i = ruleIndex.computeIfAbsent(rule, k -> {
                    ruleNames.add(k);
                    return ruleNames.size() - 1;
                });
                if (poolSize == rulePool.length) {
                    rulePool = Arrays.copyOf(rulePool, poolSize * 2);
                }
                rulePool[poolSize++] = failed.contains(rule) ? i | FAILED : i;
            }
        }
        judged.clear();
        failed.clear();
        duplicate = false;
        size++;
        ruleStart[size] = poolSize;
    }

    /** The code as a number when its text is exactly that number's, else {@link #OTHER}. */
    private static long number(String code) {
        if (code == null || code.length() != 12 || code.charAt(0) == '0') {
            return OTHER;
        }
        for (int i = 0; i < 12; i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return OTHER;
            }
        }
        return Long.parseLong(code);
    }

    private String code(int i) {
        return codes[i] == OTHER ? otherCodes.get(i) : Long.toString(codes[i]);
    }

    /** Code order, units without a code last: numbers compared as numbers (12 digits each, so as their texts). */
    private int compare(int a, int b) {
        if (codes[a] != OTHER && codes[b] != OTHER) {
            return Long.compare(codes[a], codes[b]);
        }
        return Objects.compare(code(a), code(b), java.util.Comparator.nullsLast(String::compareTo));
    }

    private static double value(Record r, Field f) {
        Double v = f == null ? null : r.sound(f);
        return v == null ? Double.NaN : v;
    }

    private void grow() {
        if (size < codes.length) {
            return;
        }
        int n = codes.length * 2;
        codes = Arrays.copyOf(codes, n);
        names = Arrays.copyOf(names, n);
        files = Arrays.copyOf(files, n);
        lineNumbers = Arrays.copyOf(lineNumbers, n);
        urban = Arrays.copyOf(urban, n);
        householdValues = Arrays.copyOf(householdValues, n);
        areaValues = Arrays.copyOf(areaValues, n);
        periods = Arrays.copyOf(periods, n);
        ruleStart = Arrays.copyOf(ruleStart, n + 1);
    }

    private Line line(int i) {
        List<String> rules = new ArrayList<>(ruleStart[i + 1] - ruleStart[i]);
        List<String> fails = new ArrayList<>(2);
        for (int k = ruleStart[i]; k < ruleStart[i + 1]; k++) {
            String rule = ruleNames.get(rulePool[k] & ~FAILED);
            rules.add(rule);
            if ((rulePool[k] & FAILED) != 0) {
                fails.add(rule);
            }
        }
        return new Line(code(i), names[i], fileNames.get(files[i]), lineNumbers[i], urban[i],
                Double.isNaN(householdValues[i]) ? null : householdValues[i], Double.isNaN(areaValues[i]) ? null : areaValues[i],
                rules, fails, periods[i] == NO_PERIOD ? null : periods[i], writtenCodes.get(i));
    }

    /** The units of one period in code order (units without a code last, in reading order), each line made when read. */
    public List<Line> lines(Long period) {
        long p = period == null ? NO_PERIOD : period;
        Integer[] order = java.util.stream.IntStream.range(0, size).filter(i -> periods[i] == p).boxed().toArray(Integer[]::new);
        Arrays.sort(order, this::compare);
        int[] index = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        return new AbstractList<>() {
            @Override
            public Line get(int i) {
                return line(index[i]);
            }

            @Override
            public int size() {
                return index.length;
            }
        };
    }
}
