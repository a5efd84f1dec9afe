package org.shequ.core.division;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The codes of one level (or one province's villages) sorted as numbers with their names, for
 * lookup by binary search and for listing the children of a prefix as a contiguous range.
 */
final class CodeTable {
    private final long[] codes;
    private final String[] names;
    private final Level level;

    CodeTable(Level level, List<String> codeList, List<String> nameList) {
        this.level = level;
        int n = codeList.size();
        long[] raw = new long[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            raw[i] = Long.parseLong(codeList.get(i));
            sorted = sorted && (i == 0 || raw[i - 1] < raw[i]);
        }
        if (sorted) {
            this.codes = raw;
            this.names = nameList.toArray(String[]::new);
            return;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(raw[a], raw[b]));
        this.codes = new long[n];
        this.names = new String[n];
        for (int i = 0; i < n; i++) {
            codes[i] = raw[order[i]];
            names[i] = nameList.get(order[i]);
        }
    }

    /** A table already sorted by code (as {@link PreparedTable} stores it). */
    CodeTable(Level level, long[] codes, String[] names) {
        this.level = level;
        this.codes = codes;
        this.names = names;
    }

    Level level() {
        return level;
    }

    long[] codes() {
        return codes;
    }

    String[] names() {
        return names;
    }

    int size() {
        return codes.length;
    }

    boolean contains(String code) {
        return Arrays.binarySearch(codes, Long.parseLong(code)) >= 0;
    }

    /** The position of {@code code} in the table, or −1. */
    int indexOf(String code) {
        int i = Arrays.binarySearch(codes, Long.parseLong(code));
        return i < 0 ? -1 : i;
    }

    String nameOf(String code) {
        int i = Arrays.binarySearch(codes, Long.parseLong(code));
        return i < 0 ? null : names[i];
    }

    Optional<Division> find(String code) {
        int i = Arrays.binarySearch(codes, Long.parseLong(code));
        return i < 0 ? Optional.empty() : Optional.of(new Division(code, names[i], level));
    }

    /** Every entry whose code starts with {@code prefix} (a code of a higher level). */
    List<Division> under(String prefix) {
        int pad = level.digits() - prefix.length();
        long scale = (long) Math.pow(10, pad);
        long lo = prefix.isEmpty() ? 0 : Long.parseLong(prefix) * scale;
        long hi = lo + scale;
        int from = Arrays.binarySearch(codes, lo);
        from = from < 0 ? -from - 1 : from;
        List<Division> out = new ArrayList<>();
        for (int i = from; i < codes.length && codes[i] < hi; i++) {
            out.add(at(i));
        }
        return out;
    }

    /** The codes of every entry under {@code prefix}, in order, without making a division of each. */
    long[] codesUnder(String prefix) {
        int pad = level.digits() - prefix.length();
        long scale = (long) Math.pow(10, pad);
        long lo = prefix.isEmpty() ? 0 : Long.parseLong(prefix) * scale;
        long hi = lo + scale;
        int from = Arrays.binarySearch(codes, lo);
        from = from < 0 ? -from - 1 : from;
        int to = Arrays.binarySearch(codes, hi);
        to = to < 0 ? -to - 1 : to;
        return Arrays.copyOfRange(codes, from, Math.max(from, to));
    }

    private Division at(int i) {
        return new Division(String.format("%0" + level.digits() + "d", codes[i]), names[i], level);
    }
}
