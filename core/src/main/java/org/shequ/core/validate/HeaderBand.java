package org.shequ.core.validate;

import org.shequ.core.io.RawRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the first rows of a sheet so that a header split over merged cells can be read:
 * when the header row has an empty cell and a row above it within the band has text in that
 * column (a cell merged vertically over both rows keeps its text only in the top row), the text
 * above is used. Title rows above the header are not data and are not passed on.
 */
final class HeaderBand {
    private HeaderBand() {
    }

    /** The header row with empty cells filled from the rows above it. */
    static RawRow fill(RawRow header, List<RawRow> above) {
        String[] cells = header.cells().clone();
        int width = cells.length;
        for (RawRow r : above) {
            width = Math.max(width, r.cells().length);
        }
        List<String> filled = new ArrayList<>(List.of(cells));
        while (filled.size() < width) {
            filled.add("");
        }
        for (int c = 0; c < width; c++) {
            if (filled.get(c) == null || filled.get(c).isBlank()) {
                for (int i = above.size() - 1; i >= 0; i--) {
                    String t = above.get(i).cell(c);
                    if (t != null && !t.isBlank()) {
                        filled.set(c, t);
                        break;
                    }
                }
            }
        }
        while (!filled.isEmpty() && (filled.get(filled.size() - 1) == null || filled.get(filled.size() - 1).isBlank())) {
            filled.remove(filled.size() - 1);
        }
        return new RawRow(header.line(), filled.toArray(String[]::new));
    }
}
