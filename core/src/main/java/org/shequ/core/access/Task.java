package org.shequ.core.access;

import java.time.LocalDate;
import java.util.List;

/**
 * A task of the ledger as the ACCESS checks judge it: its item, date, community, department and
 * kind, what the access lists hold for the item, and which of those are in force on the date; the
 * approvals of the item are looked up when a check first asks.
 */
final class Task {
    private final String item;
    private final LocalDate date;
    private final String community;
    private final String department;
    private final String kind;
    private final AccessCatalog catalog;
    private final AccessCatalog.Match match;
    private final List<AccessItem> inForce;
    private List<Approval> held;

    Task(String item, LocalDate date, String community, String department, String kind, AccessCatalog catalog, String itemId) {
        this.item = item;
        this.date = date;
        this.community = community;
        this.department = department;
        this.kind = kind;
        this.catalog = catalog;
        this.match = catalog.match(itemId, item);
        this.inForce = match.items().stream().filter(i -> i.inForce(date)).toList();
    }

    String item() { return item; }
    LocalDate date() { return date; }
    String community() { return community; }
    String department() { return department; }
    String kind() { return kind; }
    AccessCatalog catalog() { return catalog; }
    AccessCatalog.Match match() { return match; }
    List<AccessItem> inForce() { return inForce; }

    /** Every approval held for the item, by any department. */
    List<Approval> held() {
        if (held == null) {
            held = catalog.approvalsFor(item);
        }
        return held;
    }

    /** The approvals held by the task's department. */
    List<Approval> ownApprovals() {
        return held().stream().filter(a -> Departments.same(a.department(), department, community)).toList();
    }

    /** The items in force on the date on lists of this kind. */
    List<AccessItem> inForce(ListKind listKind) {
        return inForce.stream().filter(i -> i.list().kind() == listKind).toList();
    }

    /** The department, or "" where none is written (as messages show it). */
    String departmentOrBlank() {
        return department == null ? "" : department;
    }
}
