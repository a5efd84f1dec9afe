package org.shequ.core.division;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The NBS 2023 division registry bundled in the jar (all five levels, 620,573 village-level
 * units). Loading is lazy and indexed: the three upper levels load on first use (3,351 rows),
 * townships on the first township lookup, and village-level units one province at a time, so
 * checking one county reads only its province's file.
 */
public final class DivisionRegistry {
    private static final String BASE = "/org/shequ/division/data/";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final Map<String, CodeTable> tables = new ConcurrentHashMap<>();
    /** Village-level tables by the province's two digits, for the hot path of lookups. */
    private final java.util.concurrent.atomic.AtomicReferenceArray<CodeTable> provinces = new java.util.concurrent.atomic.AtomicReferenceArray<>(100);

    private static final class Bundled {
        static final DivisionRegistry INSTANCE = new DivisionRegistry();
    }

    DivisionRegistry() {
    }

    /** The resources loaded so far (for tests of lazy loading). */
    java.util.Set<String> loaded() {
        return java.util.Set.copyOf(tables.keySet());
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

    private CodeTable table(Level level, String code) {
        return switch (level) {
            case PROVINCE -> load("provinces.csv", false);
            case CITY -> load("cities.csv", false);
            case COUNTY -> load("areas.csv", false);
            case TOWNSHIP -> load("streets.csv.gz", true);
            case VILLAGE -> village(code);
        };
    }

    private CodeTable village(String code) {
        int p = (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
        CodeTable t = provinces.get(p);
        if (t == null) {
            t = load("villages-" + code.substring(0, 2) + ".csv.gz", true);
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

    private CodeTable load(String resource, boolean gzip) {
        return tables.computeIfAbsent(resource, (Function<String, CodeTable>) r -> read(r, gzip));
    }

    private static CodeTable read(String resource, boolean gzip) {
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        InputStream raw = DivisionRegistry.class.getResourceAsStream(BASE + resource);
        if (raw == null) {
            // a province code with no units: an empty table
            return new CodeTable(Level.VILLAGE, codes, names);
        }
        try (InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            for (CSVRecord r : parser) {
                String code = r.get(0);
                if (code.isEmpty() || !digits(code)) {
                    continue; // the header row
                }
                codes.add(code);
                names.add(r.get(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Level level = codes.isEmpty() ? Level.VILLAGE : Level.ofDigits(codes.get(0).length()).orElseThrow();
        return new CodeTable(level, codes, names);
    }
}
