package org.shequ.core.render;

import org.shequ.core.division.DivisionRegistry;

import org.shequ.core.schema.Period;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shequ.core.Words;
import org.shequ.core.rules.RecordContext;
import org.shequ.core.schema.Field;
import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.RecordListener;
import org.shequ.core.validate.Unjudged;
import org.shequ.core.validate.checks.DuplicateCheck;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.commons.jexl3.JexlException;
import org.shequ.core.rules.Derived;

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
                       Double serviceArea, List<String> judged, List<String> failed, Period period, String written,
                       Map<String, String> unjudged, Double perHundred) {

        /**
         * Judged by every rule that applies to it and failing none: only such a unit is called compliant
         * (是否达标“是”). A unit a rule could not judge (value missing or invalid) is neither.
         */
        public boolean passed() {
            return failed.isEmpty() && unjudged.isEmpty();
        }

        /**
         * How a document names the unit: its name, else its code, else the code as written (one that is
         * not a valid code), else where it is ("data/a.csv第3行的单位"); never a bare "null".
         */
        public String shown() {
            return name != null ? name : code != null ? code : written != null ? written : Words.format("render.model.unitAt", file, line);
        }

    }

    private final Kind communities;
    private final Field households;
    private final Field serviceArea;
    private final RecordContext vars;
    /** The fields m² per 100 households is computed from (the indicator {@code service_area_per_100}); empty when it is not defined. */
    private final List<Field> perHundredInputs;
    private final List<String> judged = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    /** The rules that could not judge the pending record, each with its reason as {@link #reason} codes it. */
    private final Map<String, Integer> notJudged = new LinkedHashMap<>();
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
    /** m² per 100 households by its definition, in exact decimals (NaN without a value): what the rule judged and the chart bins. */
    private double[] perHundred = new double[1024];
    private long[] periods = new long[1024];
    private int[] ruleStart = new int[1025];
    private int[] rulePool = new int[4096];
    /** Beside {@link #rulePool}, for a rule that could not judge the unit: its reason ({@link #reason}); null until one. */
    private int[] reasonPool;
    private int poolSize;
    private final List<String> fileNames = new ArrayList<>();
    private final Map<String, Integer> fileIndex = new HashMap<>();
    private final List<String> ruleNames = new ArrayList<>();
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private static final long NO_PERIOD = Long.MIN_VALUE;
    /** The periods met, by {@link Period#key()}. */
    private final Map<Long, Period> periodsSeen = new HashMap<>();
    /** A failed rule is stored as its index with this bit set. */
    private static final int FAILED = 1 << 30;
    /** A rule that could not judge the unit is stored as its index with this bit set. */
    private static final int UNJUDGED = 1 << 29;

    public UnitRows(Kind communities) {
        this(communities, Derived.NONE);
    }

    /** {@code derived}: the indicator definitions, of which the tables and the chart use {@code service_area_per_100}. */
    public UnitRows(Kind communities, Derived derived) {
        this.communities = communities;
        this.vars = new RecordContext(Map.of(), derived);
        this.perHundredInputs = derived.has(PER_HUNDRED)
                ? derived.inputs(PER_HUNDRED).stream().flatMap(k -> communities.field(k).stream()).toList() : List.of();
        this.households = communities.field("households").orElse(null);
        this.serviceArea = communities.field("service_area").orElse(null);
    }

    @Override
    public void judged(String rule, Record record, boolean passed) {
        pending(record);
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
    public void notJudged(String rule, Record record, Field field, Unjudged why) {
        pending(record);
        notJudged.putIfAbsent(rule, reason(field, why));
    }

    private void pending(Record record) {
        if (record != pendingFor) {
            clear();
            pendingFor = record;
        }
    }

    private void clear() {
        judged.clear();
        failed.clear();
        notJudged.clear();
        duplicate = false;
    }

    /** A reason as one int: the field's index (or -1) and why. */
    private static int reason(Field field, Unjudged why) {
        return (field == null ? -1 : field.index()) << 4 | why.ordinal();
    }

    /** How a document names the reason a rule could not judge a unit: 户数有误, 设施面积未报, 户数为0. */
    private String reasonText(int reason) {
        int index = reason >> 4;
        Unjudged why = Unjudged.values()[reason & 0xF];
        if (why == Unjudged.CONTRADICTED) {
            return contradiction(communities, communities.fields().get(index));
        }
        if (why == Unjudged.COPIED) {
            return Words.get("render.model.reason.copied");
        }
        String label = index < 0 ? "" : communities.fields().get(index).label();
        return label + switch (why) {
            case NO_COLUMN, BLANK -> Words.get("render.model.reason.unreported");
            case INVALID -> Words.get("render.model.reason.invalid");
            case ZERO -> Words.get("render.model.reason.zero");
            case UNDEFINED, CONTRADICTED, COPIED -> Words.get("render.model.reason.undefined");
        };
    }

    /**
     * Why a value of {@code f} was left out as contradicted, naming what it contradicts. A pair is named in the
     * dictionary's order whichever of the two is asked of (综合服务设施面积与办公用房面积矛盾), so a unit both of whose
     * values a rule needed is said to have one contradiction, not two.
     */
    static String contradiction(Kind kind, Field f) {
        List<Field> other = kind.counterparts(f);
        if (other.size() == 1 && other.get(0).index() < f.index()) {
            return Words.format("render.model.reason.contradicted", other.get(0).label(), f.label());
        }
        return Words.format("render.model.reason.contradicted", f.label(),
                String.join(Words.get("render.model.or"), other.stream().map(Field::label).toList()));
    }

    @Override
    public void accept(Record r) {
        boolean mine = r == pendingFor;
        boolean repeated = mine && duplicate;
        pendingFor = null;
        if (!r.kind().name().equals(communities.name()) || repeated) {
            clear();
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
        names[size] = DivisionRegistry.bundled().sameName(r.unit(), r.unitName()); // a national run's 620,573 names, held once
        files[size] = fileIndex.computeIfAbsent(r.location().file(), f -> {
            fileNames.add(f);
            return fileNames.size() - 1;
        });
        lineNumbers[size] = r.line();
        urban[size] = Boolean.TRUE.equals(vars.get("urban"));
        householdValues[size] = value(r, households);
        areaValues[size] = value(r, serviceArea);
        perHundred[size] = perHundred(r);
        periods[size] = r.period() == null ? NO_PERIOD : r.period().key();
        if (r.period() != null) {
            periodsSeen.putIfAbsent(r.period().key(), r.period());
        }
        if (mine) {
            for (String rule : judged) {
                pool(rule, failed.contains(rule) ? FAILED : 0, 0);
            }
            notJudged.forEach((rule, reason) -> pool(rule, UNJUDGED, reason));
        }
        clear();
        size++;
        ruleStart[size] = poolSize;
    }

    /** One rule's verdict on the unit being accepted: its index with the flag, and for one not judged its reason. */
    private void pool(String rule, int flag, int reason) {
        int i = ruleIndex.computeIfAbsent(rule, k -> {
            ruleNames.add(k);
            return ruleNames.size() - 1;
        });
        if (poolSize == rulePool.length) {
            rulePool = Arrays.copyOf(rulePool, poolSize * 2);
        }
        if (flag == UNJUDGED && reasonPool == null) {
            reasonPool = new int[rulePool.length];
        }
        if (reasonPool != null && reasonPool.length < rulePool.length) {
            reasonPool = Arrays.copyOf(reasonPool, rulePool.length);
        }
        if (reasonPool != null) {
            reasonPool[poolSize] = reason;
        }
        rulePool[poolSize++] = i | flag;
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
        return Objects.compare(code(a), code(b), Comparator.nullsLast(String::compareTo));
    }

    static final String PER_HUNDRED = "service_area_per_100";

    /**
     * The record's m² per 100 households by the indicator's definition (the context is on the record),
     * NaN when a value it needs is missing, invalid, out of range or contradicts another value of its row
     * (as the rule does not judge it: 180 m² of offices in a facility of 120 m² leave the facility's area unknown).
     */
    private double perHundred(Record r) {
        if (perHundredInputs.isEmpty() || perHundredInputs.stream().anyMatch(f -> r.sound(f) == null || r.contradicted(f))) {
            return Double.NaN;
        }
        try {
            return vars.get(PER_HUNDRED) instanceof Number n ? n.doubleValue() : Double.NaN;
        } catch (JexlException e) {
            return Double.NaN; // a value missing, or households of 0
        }
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
        perHundred = Arrays.copyOf(perHundred, n);
        periods = Arrays.copyOf(periods, n);
        ruleStart = Arrays.copyOf(ruleStart, n + 1);
    }

    private Line line(int i) {
        List<String> rules = new ArrayList<>(ruleStart[i + 1] - ruleStart[i]);
        List<String> fails = new ArrayList<>(2);
        Map<String, String> unjudged = new TreeMap<>();
        for (int k = ruleStart[i]; k < ruleStart[i + 1]; k++) {
            String rule = ruleNames.get(rulePool[k] & ~(FAILED | UNJUDGED));
            if ((rulePool[k] & UNJUDGED) != 0) {
                unjudged.put(rule, reasonText(reasonPool[k]));
                continue;
            }
            rules.add(rule);
            if ((rulePool[k] & FAILED) != 0) {
                fails.add(rule);
            }
        }
        return new Line(code(i), names[i], fileNames.get(files[i]), lineNumbers[i], urban[i],
                Double.isNaN(householdValues[i]) ? null : householdValues[i], Double.isNaN(areaValues[i]) ? null : areaValues[i],
                rules, fails, periods[i] == NO_PERIOD ? null : periodsSeen.get(periods[i]), writtenCodes.get(i), unjudged,
                Double.isNaN(perHundred[i]) ? null : perHundred[i]);
    }

    private boolean sorted(int[] index) {
        for (int i = 1; i < index.length; i++) {
            if (compare(index[i - 1], index[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The units of one period in code order (units without a code last, in reading order), each line made when read. */
    public List<Line> lines(Period period) {
        long p = period == null ? NO_PERIOD : period.key();
        int[] inPeriod = IntStream.range(0, size).filter(i -> periods[i] == p).toArray();
        int[] index = sorted(inPeriod) ? inPeriod // a file in code order (a national one) is not boxed to be sorted again
                : Arrays.stream(inPeriod).boxed().sorted(this::compare).mapToInt(Integer::intValue).toArray();
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
