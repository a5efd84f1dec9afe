package org.shequ.core.io;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What a cell style's number format means for the text shequ reads: a date, a percentage, or a
 * plain number. Decided once per style of a workbook (the date decision runs POI's format regex),
 * then applied to every number of that style as the {@link CanonicalFormatter} would.
 */
record NumberStyle(boolean date, boolean percent) {
    static NumberStyle of(int formatIndex, String formatString) {
        return new NumberStyle(DateUtil.isADateFormat(formatIndex, formatString), CanonicalFormatter.isPercent(formatString));
    }

    String format(double value) {
        return CanonicalFormatter.text(value, date, percent, false);
    }
}
