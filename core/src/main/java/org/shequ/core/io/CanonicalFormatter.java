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

    /** Most significant digits a number written in plain decimal notation may have to be read as written. */
    static final int WRITTEN_DIGITS = 15;

    /**
     * The text of a number as {@link #plain} gives it, straight from how the cell writes it, or null
     * when it is not plain decimal notation ({@code [-+]digits[.digits]}) with at most
     * {@value #WRITTEN_DIGITS} digits besides leading and trailing zeros. Such a decimal is the only one
     * of that length that reads as its double, so going through the double gives the same digits;
     * written here without that detour (a national workbook has 17 million numbers).
     */
    static String written(CharSequence v, boolean percent) {
        int n = v.length();
        int i = n > 0 && (v.charAt(0) == '-' || v.charAt(0) == '+') ? 1 : 0;
        boolean negative = i == 1 && v.charAt(0) == '-';
        int whole = i;
        while (i < n && digit(v.charAt(i))) {
            i++;
        }
        int point = i;
        int fraction = i;
        if (i < n && v.charAt(i) == '.') {
            fraction = ++i;
            while (i < n && digit(v.charAt(i))) {
                i++;
            }
        }
        int end = i;
        if (end != n || point == whole && end == fraction) {
            return null; // an exponent, white space, a lone sign or point: the long way
        }
        while (whole < point && v.charAt(whole) == '0') {
            whole++;
        }
        while (end > fraction && v.charAt(end - 1) == '0') {
            end--;
        }
        if ((point - whole) + (end - fraction) > WRITTEN_DIGITS) {
            return null;
        }
        if (point == whole && end == fraction) {
            return percent ? "0%" : "0";
        }
        if (!percent) {
            // most often the digits as written, less trailing zeros: one copy of them
            int from = point > whole ? whole : whole - 1;
            boolean contiguous = from >= 0 && (point > whole || v.charAt(from) == '0')
                    && (negative ? from == 1 : from == 0 || v.charAt(0) != '+' && v.charAt(0) != '-');
            if (contiguous) {
                return v.subSequence(negative ? 0 : from, end > fraction ? end : point).toString();
            }
        }
        StringBuilder out = new StringBuilder(end - whole + 3);
        if (negative) {
            out.append('-');
        }
        if (point == whole) {
            out.append('0');
        } else {
            out.append(v, whole, point);
        }
        if (end > fraction) {
            out.append('.').append(v, fraction, end);
        }
        return percent ? new BigDecimal(out.toString()).movePointRight(2).stripTrailingZeros().toPlainString() + "%" : out.toString();
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
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
