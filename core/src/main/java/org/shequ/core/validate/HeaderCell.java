package org.shequ.core.validate;

import java.util.List;

/**
 * One column of a header as read: the text shown for it ("综合服务设施面积（平方米）/总面积" for a
 * child under a merged parent) and the names it may be matched by, most specific first.
 */
public record HeaderCell(String shown, List<String> names) {

    public HeaderCell {
        names = List.copyOf(names);
    }

    /** A one-row header cell: matched by its own text. */
    public static HeaderCell of(String text) {
        String t = text == null ? "" : text.strip();
        return new HeaderCell(t, t.isEmpty() ? List.of() : List.of(t));
    }

    public static List<HeaderCell> row(List<String> cells) {
        return cells.stream().map(HeaderCell::of).toList();
    }

    public boolean blank() {
        return names.isEmpty();
    }
}
