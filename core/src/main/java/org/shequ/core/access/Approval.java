package org.shequ.core.access;

import java.time.LocalDate;
import java.util.List;
import org.shequ.core.io.Location;

/**
 * An access approval (准入审批): a department may put an item on communities between
 * {@code approved} and {@code expires}, both days included, on the communities of its scope
 * (empty: all).
 */
public record Approval(String item, String department, LocalDate approved, LocalDate expires,
                       List<String> scope, String document, Location where) {

    public boolean covers(LocalDate date, String community) {
        return !date.isBefore(approved) && !date.isAfter(expires) && inScope(community);
    }

    public boolean inScope(String community) {
        return scope.isEmpty() || scope.contains(community);
    }
}
