package org.shequ.core.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Comparator;
import java.util.LinkedHashMap;

/**
 * What an analyst asks of her access lists: items per list kind and category, items with no
 * legal basis, the same item on two lists, and approvals about to expire.
 */
public final class AccessSummary {
    private AccessSummary() {
    }

    /** Items by list (in order) and, within each, by category. */
    public static Map<AccessList, Map<String, Integer>> byCategory(AccessCatalog c) {
        Map<AccessList, Map<String, Integer>> out = new LinkedHashMap<>();
        for (AccessList l : c.lists()) {
            Map<String, Integer> cats = new TreeMap<>();
            l.items().forEach(i -> cats.merge(i.category() == null ? "" : i.category(), 1, Integer::sum));
            out.put(l, cats);
        }
        return out;
    }

    public static List<AccessItem> withoutBasis(AccessCatalog c) {
        List<AccessItem> out = new ArrayList<>();
        for (AccessList l : c.lists()) {
            if (l.kind() != ListKind.NEGATIVE) {
                l.items().stream().filter(i -> i.basis() == null || i.basis().isBlank()).forEach(out::add);
            }
        }
        return out;
    }

    /** Normalised item names found on more than one list, with the items. */
    public static Map<String, List<AccessItem>> onTwoLists(AccessCatalog c) {
        Map<String, List<AccessItem>> by = new TreeMap<>();
        for (AccessList l : c.lists()) {
            l.items().forEach(i -> by.computeIfAbsent(ItemNames.normalise(i.name()), k -> new ArrayList<>()).add(i));
        }
        by.values().removeIf(items -> items.stream().map(AccessItem::list).distinct().count() < 2);
        return by;
    }

    /** Approvals in force on {@code asOf} that expire within {@code days} days. */
    public static List<Approval> expiring(AccessCatalog c, LocalDate asOf, int days) {
        return c.approvals().stream()
                .filter(a -> !asOf.isAfter(a.expires()) && !asOf.plusDays(days).isBefore(a.expires()))
                .sorted(Comparator.comparing(Approval::expires))
                .toList();
    }
}
