package org.shequ.core.io;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Gives a numeric Excel cell the text shequ parses, whatever its display format: dates as
 * ISO dates, percentages as {@code 97.4%}, other numbers in plain notation without grouping or
 * rounding (a code typed as a number stays {@code 610324001001}, not {@code 6.10324E+11}).
 * So the same content read from CSV, XLSX or XLS yields the same values.
 */
final class CanonicalFormatter extends DataFormatter {

    CanonicalFormatter() {
        super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        return text(value, DateUtil.isADateFormat(formatIndex, formatString), isPercent(formatString), use1904Windowing);
    }

    /** The text of a number whose format was found to be a date format, a percentage, or neither. */
    static String text(double value, boolean dateFormat, boolean percent, boolean use1904Windowing) {
        if (dateFormat && DateUtil.isValidExcelDate(value)) {
            LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing);
            return t.toLocalTime().toSecondOfDay() == 0
                    ? t.toLocalDate().toString()
                    : t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        return plain(value, percent);
    }

    static String plain(double value, boolean percent) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal n = BigDecimal.valueOf(value);
        if (percent) {
            return n.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
        return n.stripTrailingZeros().toPlainString();
    }

    static boolean isPercent(String format) {
        if (format == null) {
            return false;
        }
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                i++;
            } else if (c == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }
}
