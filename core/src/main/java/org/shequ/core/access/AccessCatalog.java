package org.shequ.core.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.shequ.core.validate.Finding;

/**
 * A workspace's access lists and approvals, indexed for matching a task to an item: by item id,
 * exact name, alias, then normalised name ({@link ItemNames}). When nothing matches, the most
 * similar item name is offered as a suggestion (Jaro–Winkler ≥ {@link #SUGGEST}), never accepted.
 */
public final class AccessCatalog {
    /** How similar a name must be to be suggested. */
    static final double SUGGEST = 0.8;
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private final List<AccessList> lists;
    private final List<Approval> approvals;
    private final List<Finding> problems;
    private final Map<String, List<AccessItem>> byId = new HashMap<>();
    private final Map<String, List<AccessItem>> byName = new HashMap<>();
    private final Map<String, List<AccessItem>> byAlias = new HashMap<>();
    private final Map<String, List<AccessItem>> byNormal = new HashMap<>();

    AccessCatalog(List<AccessList> lists, List<Approval> approvals, List<Finding> problems) {
        this.lists = List.copyOf(lists);
        this.approvals = List.copyOf(approvals);
        this.problems = List.copyOf(problems);
        for (AccessList l : lists) {
            for (AccessItem i : l.items()) {
                add(byId, i.id(), i);
                add(byName, i.name(), i);
                add(byNormal, ItemNames.normalise(i.name()), i);
                for (String a : i.aliases()) {
                    add(byAlias, a, i);
                    add(byNormal, ItemNames.normalise(a), i);
                }
            }
        }
    }

    public static AccessCatalog empty() {
        return new AccessCatalog(List.of(), List.of(), List.of());
    }

    private static void add(Map<String, List<AccessItem>> index, String key, AccessItem item) {
        if (key != null && !key.isBlank()) {
            index.computeIfAbsent(key.strip(), k -> new ArrayList<>()).add(item);
        }
    }

    public List<AccessList> lists() { return lists; }
    public List<Approval> approvals() { return approvals; }

    /** What was wrong in the lists themselves (bad dates, duplicate ids …), as findings. */
    public List<Finding> problems() { return problems; }

    public boolean isEmpty() {
        return lists.isEmpty() && approvals.isEmpty();
    }

    /** How a task matched: the items (on every list that has them) and by what. */
    public record Match(List<AccessItem> items, String how) {
        public boolean found() {
            return !items.isEmpty();
        }
    }

    public Match match(String itemId, String name) {
        if (itemId != null && byId.containsKey(itemId.strip())) {
            List<AccessItem> hits = byId.get(itemId.strip());
            return new Match(hits, "id");
        }
        if (name == null) {
            return new Match(List.of(), "none");
        }
        String n = name.strip();
        if (byName.containsKey(n)) {
            return new Match(byName.get(n), "name");
        }
        if (byAlias.containsKey(n)) {
            return new Match(byAlias.get(n), "alias");
        }
        List<AccessItem> normal = byNormal.get(ItemNames.normalise(n));
        return normal == null ? new Match(List.of(), "none") : new Match(normal, "normalised");
    }

    /** The listed item name most like {@code name}, if any is similar enough. */
    public Optional<String> suggest(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = ItemNames.normalise(name);
        String best = null;
        double bestScore = SUGGEST;
        for (AccessList l : lists) {
            for (AccessItem i : l.items()) {
                double s = SIMILARITY.apply(n, ItemNames.normalise(i.name()));
                if (s >= bestScore && (best == null || s > bestScore)) {
                    best = i.name();
                    bestScore = s;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Approvals for an item, by normalised name. */
    public List<Approval> approvalsFor(String name) {
        if (name == null) {
            return List.of();
        }
        String n = ItemNames.normalise(name);
        return approvals.stream().filter(a -> ItemNames.normalise(a.item()).equals(n)).toList();
    }
}
