package org.shequ.core.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shequ.core.io.Location;

/** An access list: its kind, title, issuing document and effective date, and its items. */
public final class AccessList {
    private final ListKind kind;
    private final String title;
    private final String document;
    private final LocalDate effective;
    private final Location where;
    private final List<AccessItem> items = new ArrayList<>();

    public AccessList(ListKind kind, String title, String document, LocalDate effective, Location where) {
        this.kind = kind;
        this.title = title;
        this.document = document;
        this.effective = effective;
        this.where = where;
    }

    public ListKind kind() { return kind; }
    public String title() { return title; }
    public String document() { return document; }
    public LocalDate effective() { return effective; }
    public Location where() { return where; }
    public List<AccessItem> items() { return List.copyOf(items); }

    void add(AccessItem item) {
        items.add(item);
    }

    void replace(AccessItem old, AccessItem updated) {
        items.set(items.indexOf(old), updated);
    }
}
