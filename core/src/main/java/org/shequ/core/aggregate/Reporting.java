package org.shequ.core.aggregate;

import org.shequ.core.Words;
import org.shequ.core.schema.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.io.Location;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Record;
import org.shequ.core.validate.RecordListener;
import org.shequ.core.validate.Severity;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;

/**
 * 应报、实报、缺报: which of a jurisdiction's registered units (the bundled registry's village-level
 * units under its code; the whole country for an empty code) sent a community sheet in a period,
 * and which sent nothing. A unit that reported but is not in the registry, or lies outside the
 * jurisdiction, is counted where it reported and is never "missing". Only the period a run is
 * about is compared with the registry (the registry is 2023's; an earlier period may have had
 * other units).
 */
public final class Reporting implements RecordListener {
    public static final String ID = "DATA-UNREPORTED";
    /** The most names one finding lists; the rest are counted (a township rarely has more). */
    static final int NAMES = 30;

    private final String scope;
    private final DivisionRegistry registry;
    /** Per period: the codes of the jurisdiction's registered units that reported, as numbers (unsorted, repeats allowed). */
    private final Map<Period, long[]> reported = new HashMap<>();
    private final Map<Period, Integer> sizes = new HashMap<>();
    private long[] expected;
    /** Every period a community sheet was read for (null: rows without one). */
    private final Set<Period> periods = new HashSet<>();

    /** {@code scope}: the jurisdiction's division code, "" for the whole country. */
    public Reporting(String scope, DivisionRegistry registry) {
        this.scope = Objects.requireNonNull(scope);
        this.registry = registry;
    }

    public String scope() {
        return scope;
    }

    @Override
    public void accept(Record r) {
        if (!"communities".equals(r.kind().name())) {
            return;
        }
        periods.add(r.period());
        String code = r.unit();
        if (code == null || code.length() != 12 || !code.startsWith(scope) || !registry.contains(code)) {
            return;
        }
        long[] codes = reported.computeIfAbsent(r.period(), p -> new long[1024]);
        int n = sizes.getOrDefault(r.period(), 0);
        if (n == codes.length) {
            codes = Arrays.copyOf(codes, n * 2);
            reported.put(r.period(), codes);
        }
        codes[n] = Long.parseLong(code);
        sizes.put(r.period(), n + 1);
    }

    /** Whether any community sheet was read at all (without one there is nothing to compare). */
    public boolean any() {
        return !periods.isEmpty();
    }

    /** The latest period read, or null. */
    public Period latest() {
        return periods.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /** The jurisdiction's registered units, in code order. */
    private long[] expected() {
        if (expected == null) {
            expected = registry.villageCodesUnder(scope);
        }
        return expected;
    }

    /** How many registered units the jurisdiction has. */
    public long expectedUnits() {
        return expected().length;
    }

    /**
     * The jurisdiction's registered units that sent nothing in the period, as 12-digit numbers in code
     * order. A year the inputs hold only quarters (halves, months) of: the units that sent none of them
     * (a unit that sent its quarters did not "send nothing", though it has no annual return).
     */
    public long[] absent(Period period) {
        long[] all = expected();
        long[] got = reported.containsKey(period) ? Arrays.copyOf(reported.get(period), sizes.get(period)) : new long[0];
        if (!reported.containsKey(period) && period != null && period.isYear()) {
            for (Map.Entry<Period, long[]> e : reported.entrySet()) {
                if (e.getKey() != null && e.getKey().within(period)) {
                    int n = got.length;
                    got = Arrays.copyOf(got, n + sizes.get(e.getKey()));
                    System.arraycopy(e.getValue(), 0, got, n, sizes.get(e.getKey()));
                }
            }
        }
        Arrays.sort(got);
        long[] out = new long[all.length];
        int n = 0;
        for (long code : all) {
            if (Arrays.binarySearch(got, code) < 0) {
                out[n++] = code;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** A registered unit that sent nothing: its township's code and name, its code and name. */
    public record Absent(String township, String townshipName, String code, String name) {
    }

    /** The jurisdiction's registered units that sent nothing in the period, in code order, with their townships. */
    public List<Absent> absentUnits(Period period) {
        if (!any()) {
            return List.of();
        }
        List<Absent> out = new ArrayList<>();
        for (long code : absent(period)) {
            String c = Long.toString(code);
            String t = c.substring(0, 9);
            out.add(new Absent(t, registry.nameOf(t), c, registry.nameOf(c)));
        }
        return out;
    }

    /**
     * Per group key of a division level ({@code digits}: 9 township, 6 county, 4 city, 2 province),
     * how many of the jurisdiction's registered units under it sent nothing; every group of the
     * jurisdiction at that level is a key, with 0 when all reported.
     */
    public Map<String, Long> absentBy(Period period, int digits) {
        Map<String, Long> out = new TreeMap<>();
        long scale = pow10(12 - digits);
        for (long code : expected()) {
            out.putIfAbsent(key(code / scale, digits), 0L);
        }
        for (long code : absent(period)) {
            out.merge(key(code / scale, digits), 1L, Long::sum);
        }
        return out;
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    private static String key(long prefix, int digits) {
        String s = Long.toString(prefix);
        return "0".repeat(Math.max(0, digits - s.length())) + s;
    }

    /**
     * The units that sent nothing in the period, as few warnings as reads well at any scale: a
     * province, city or county none of whose units reported is one warning for the whole of it; a
     * township with some units missing names them ({@value #NAMES} at most, the rest counted),
     * since where they are missing is where someone must ask for them.
     */
    public List<Finding> findings(Period period) {
        List<Finding> out = new ArrayList<>();
        if (!any()) {
            return out;
        }
        long[] absent = absent(period);
        long[] all = expected();
        int i = 0;
        while (i < absent.length) {
            i = whole(absent, all, i, out);
        }
        return out;
    }

    /**
     * The warning for the unit at {@code i} and those after it in the same division: the largest
     * division around it (province, city, county) none of whose units reported, else its township.
     * Returns the index after the units it covered.
     */
    private int whole(long[] absent, long[] all, int i, List<Finding> out) {
        for (int digits : new int[] {2, 4, 6}) {
            long scale = pow10(12 - digits);
            long prefix = absent[i] / scale;
            int expectedHere = count(all, prefix, scale);
            int j = i;
            while (j < absent.length && absent[j] / scale == prefix) {
                j++;
            }
            if (j - i == expectedHere && expectedHere > 0) {
                String code = key(prefix, digits);
                String name = registry.nameOf(code);
                out.add(Finding.of(ID, Severity.WARNING).at(new Location(null, null, 0, null)).unit(code, name)
                        .message("DATA-UNREPORTED.whole", name == null ? code : name, expectedHere).build());
                return j;
            }
        }
        long township = absent[i] / 1000;
        int j = i;
        List<String> names = new ArrayList<>();
        while (j < absent.length && absent[j] / 1000 == township) {
            if (names.size() < NAMES) {
                String code = Long.toString(absent[j]);
                names.add(Words.format("unit.withCode", registry.nameOf(code), code));
            }
            j++;
        }
        String code = Long.toString(township);
        int expectedHere = count(all, township, 1000);
        String name = registry.nameOf(code);
        String list = String.join(Words.get("join"), names) + (j - i > NAMES ? " …" : "");
        out.add(Finding.of(ID, Severity.WARNING).at(new Location(null, null, 0, null))
                .unit(code, name)
                .message("DATA-UNREPORTED", name == null ? code : name, expectedHere, expectedHere - (j - i), j - i, list)
                .build());
        return j;
    }

    /** How many of the sorted codes lie under {@code prefix} (codes / scale == prefix). */
    private static int count(long[] codes, long prefix, long scale) {
        int from = Arrays.binarySearch(codes, prefix * scale);
        from = from < 0 ? -from - 1 : from;
        int to = Arrays.binarySearch(codes, (prefix + 1) * scale);
        to = to < 0 ? -to - 1 : to;
        return to - from;
    }
}
