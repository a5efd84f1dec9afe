package org.shequ.core.io;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What a cell style's number format means for the text shequ reads: a date, a percentage, or a
 * plain number. Decided once per style of a workbook (the date decision runs POI's format regex),
 * then applied to every number of that style as the {@link CanonicalFormatter} would.
 */
record NumberStyle(boolean date, boolean percent, boolean date1904) {
    /** {@code date1904}: the workbook counts dates from 1904 (Excel for Mac's old default), so its serials are 1,462 days fewer. */
    static NumberStyle of(int formatIndex, String formatString, boolean date1904) {
        return new NumberStyle(DateUtil.isADateFormat(formatIndex, formatString), CanonicalFormatter.isPercent(formatString), date1904);
    }

    /**
     * The text of a number as the cell writes it ({@code <v>} of a numeric cell); a date style, or
     * digits beyond a plain decimal's, go through its double.
     */
    String format(CharSequence written) {
        String plain = date ? null : CanonicalFormatter.written(written, percent);
        if (plain != null) {
            return plain;
        }
        String v = written.toString();
        try {
            double d = Double.parseDouble(v.trim());
            // beyond a double (1e309): kept as written, so the finding shows what the cell holds, not "Infinity"
            return Double.isFinite(d) ? format(d) : v;
        } catch (NumberFormatException e) {
            return v; // a formula's cached text without t="str": as written
        }
    }

    String format(double value) {
        return CanonicalFormatter.text(value, date, percent, date1904);
    }
}
