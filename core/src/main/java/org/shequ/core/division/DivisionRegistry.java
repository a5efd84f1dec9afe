package org.shequ.core.division;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The NBS 2023 division registry bundled in the jar (all five levels, 620,573 village-level
 * units), prepared by the build as sorted arrays ({@link PreparedTable}). Loading is lazy and
 * indexed: the three upper levels load on first use (3,351 rows), townships on the first township
 * lookup, and village-level units one province at a time, so checking one county reads only its
 * province's table.
 */
public final class DivisionRegistry {
    /** The year of the bundled registry: only that year's units can be told registered or not. */
    public static final int YEAR = 2023;

    private static final String BASE = "/org/shequ/division/data/";

    private final Map<String, CodeTable> tables = new ConcurrentHashMap<>();
    /** Village-level tables by the province's two digits, for the hot path of lookups. */
    private final AtomicReferenceArray<CodeTable> provinces = new AtomicReferenceArray<>(100);

    private static final class Bundled {
        static final DivisionRegistry INSTANCE = new DivisionRegistry();
    }

    DivisionRegistry() {
    }

    /** The resources loaded so far (for tests of lazy loading). */
    Set<String> loaded() {
        return Set.copyOf(tables.keySet());
    }

    /** The registry in the jar; one per JVM, since its tables are read-only once loaded. */
    public static DivisionRegistry bundled() {
        return Bundled.INSTANCE;
    }

    /** The unit with this code at any level (2, 4, 6, 9 or 12 digits). */
    public Optional<Division> find(String code) {
        CodeTable t = tableFor(code);
        return t == null ? Optional.empty() : t.find(code);
    }

    /** The registered name of {@code code}, or null: as {@link #find}, without making the division. */
    public String nameOf(String code) {
        CodeTable t = tableFor(code);
        return t == null ? null : t.nameOf(code);
    }

    /**
     * {@code name} as the registry's own text when the registry names the unit {@code code} exactly so,
     * else {@code name}: what holds the names of a national file's units (the documents' unit lines,
     * the failing units of every level) keeps one text for each, not a second copy of the registry's.
     */
    public String sameName(String code, String name) {
        if (name == null) {
            return null;
        }
        String registered = nameOf(code);
        return name.equals(registered) ? registered : name;
    }

    /**
     * Where a village-level {@code code} stands among its province's units in the registry (0 … {@link
     * #villagesIn} − 1), or −1 when it is not a registered 12-digit code: a place to keep something per
     * unit in an array instead of a map.
     */
    public int villageIndex(String code) {
        CodeTable t = code == null || code.length() != 12 ? null : tableFor(code);
        return t == null ? -1 : t.indexOf(code);
    }

    /** How many village-level units the registry has in the province of {@code code} (its first two digits). */
    public int villagesIn(String code) {
        return village(code).size();
    }

    /** Whether the registry has {@code code}: as {@link #find}, without making the division (a per-record check). */
    public boolean contains(String code) {
        CodeTable t = tableFor(code);
        return t != null && t.contains(code);
    }

    private CodeTable tableFor(String code) {
        if (code == null || code.isEmpty() || !digits(code)) {
            return null;
        }
        Optional<Level> level = Level.ofDigits(code.length());
        if (level.isEmpty() || code.startsWith("00")) {
            return null;
        }
        return table(level.get(), code);
    }

    /** The unit and all its parents, province first. */
    public List<Division> path(String code) {
        List<Division> out = new ArrayList<>();
        for (Level l : Level.values()) {
            if (l.digits() > code.length()) {
                break;
            }
            find(code.substring(0, l.digits())).ifPresent(out::add);
        }
        return out;
    }

    /** The units one level below {@code code} (the provinces for an empty code). */
    public List<Division> children(String code) {
        if (code.isEmpty()) {
            return table(Level.PROVINCE, "").under("");
        }
        Optional<Level> child = Level.ofDigits(code.length()).flatMap(Level::child);
        return child.map(l -> table(l, code).under(code)).orElse(List.of());
    }

    /** The 12-digit codes of every village-level unit under {@code code}. */
    public List<Division> villagesUnder(String code) {
        if (code.length() >= 2) {
            return table(Level.VILLAGE, code).under(code);
        }
        List<Division> all = new ArrayList<>();
        for (Division p : children("")) {
            all.addAll(table(Level.VILLAGE, p.code()).under(p.code()));
        }
        return all;
    }

    /**
     * The 12-digit codes of every village-level unit under {@code code} as numbers, in order (the
     * whole country for an empty code): what a jurisdiction expects to report, without making 620,573 divisions.
     */
    public long[] villageCodesUnder(String code) {
        if (code.length() >= 2) {
            return table(Level.VILLAGE, code).codesUnder(code);
        }
        long[][] parts = children("").stream().map(p -> table(Level.VILLAGE, p.code()).codesUnder(p.code())).toArray(long[][]::new);
        long[] all = new long[Arrays.stream(parts).mapToInt(a -> a.length).sum()];
        int at = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    private CodeTable table(Level level, String code) {
        return switch (level) {
            case PROVINCE -> load("provinces");
            case CITY -> load("cities");
            case COUNTY -> load("areas");
            case TOWNSHIP -> load("streets");
            case VILLAGE -> village(code);
        };
    }

    private CodeTable village(String code) {
        int p = (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
        CodeTable t = provinces.get(p);
        if (t == null) {
            t = load("villages-" + code.substring(0, 2));
            provinces.set(p, t);
        }
        return t;
    }

    private static boolean digits(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private CodeTable load(String table) {
        return tables.computeIfAbsent(table, (Function<String, CodeTable>) DivisionRegistry::read);
    }

    /** A table as the build prepared it ({@link RegistryCompiler}); a province with no units has none. */
    private static CodeTable read(String table) {
        try (InputStream in = DivisionRegistry.class.getResourceAsStream(BASE + table + PreparedTable.SUFFIX)) {
            if (in == null) {
                return new CodeTable(Level.VILLAGE, new long[0], new String[0]);
            }
            return PreparedTable.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
