package org.shequ.core.validate;

import java.util.ArrayList;
import java.util.List;

/** Line numbers as a reader scans them: 3, 7–9, 12. */
public final class Lines {
    private Lines() {
    }

    public static String compact(List<Integer> lines) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j + 1 < lines.size() && lines.get(j + 1) == lines.get(j) + 1) {
                j++;
            }
            parts.add(j == i ? Integer.toString(lines.get(i))
                    : j == i + 1 ? lines.get(i) + ", " + lines.get(j) : lines.get(i) + "–" + lines.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }
}
