package org.shequ.core.feedback;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.shequ.core.validate.Finding;

/**
 * A file's findings handed out as its rows are read: those of a sheet up to a line. For a CSV or
 * YAML file (one table) the sorted findings are walked once, so a national file's hundreds of
 * thousands are never held; a workbook's, a county's worth, are sorted by sheet first.
 */
abstract class Cursor {

    /** The findings of {@code sheet} on lines before {@code line}, not handed out before. */
    abstract List<Finding> before(String sheet, int line);

    /** Over one table's findings in line order. */
    static Cursor streaming(Iterator<Finding> sorted) {
        return new Cursor() {
            private Finding next = sorted.hasNext() ? sorted.next() : null;

            @Override
            List<Finding> before(String sheet, int line) {
                List<Finding> out = new ArrayList<>();
                while (next != null && next.location().line() < line) {
                    out.add(next);
                    next = sorted.hasNext() ? sorted.next() : null;
                }
                return out;
            }
        };
    }

    /** Over a workbook's findings, by sheet. */
    static Cursor bySheet(Iterable<Finding> findings) {
        Map<String, Deque<Finding>> bySheet = new HashMap<>();
        for (Finding f : findings) {
            bySheet.computeIfAbsent(String.valueOf(f.location().sheet()), k -> new ArrayDeque<>()).add(f);
        }
        return new Cursor() {
            @Override
            List<Finding> before(String sheet, int line) {
                Deque<Finding> q = bySheet.getOrDefault(String.valueOf(sheet), new ArrayDeque<>());
                List<Finding> out = new ArrayList<>();
                while (!q.isEmpty() && q.peekFirst().location().line() < line) {
                    out.add(q.pollFirst());
                }
                return out;
            }
        };
    }
}
