package org.shequ.core.access;

import java.time.LocalDate;
import java.util.List;
import org.shequ.core.io.Location;

/**
 * One item of an access list: its id, name and aliases, the department responsible, category,
 * legal basis, and the day it exited the list (it no longer counts from that day on).
 */
public record AccessItem(String id, String name, List<String> aliases, String department, String category,
                         String basis, LocalDate exit, AccessList list, Location where) {

    /** Whether the item counts on {@code date}: its list is in force and it has not exited. */
    public boolean inForce(LocalDate date) {
        return !date.isBefore(list.effective()) && (exit == null || date.isBefore(exit));
    }

    public boolean exitedBy(LocalDate date) {
        return exit != null && !date.isBefore(exit);
    }
}
