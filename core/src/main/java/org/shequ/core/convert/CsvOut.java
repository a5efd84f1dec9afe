package org.shequ.core.convert;

import org.shequ.core.Words;
import java.util.Locale;
import org.shequ.core.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.shequ.core.io.CellText;
import org.shequ.core.Numbers;

/**
 * CSV: UTF-8 with a BOM (so Excel and WPS open it right) unless another encoding is asked for;
 * numbers plain, yes/no as 是/否 or true/false, lists joined with 、, percentages with %; a text
 * that a spreadsheet would take for a formula (= + - @ first) prefixed with ', as in the xlsx output.
 */
final class CsvOut implements TableOut {
    /** 是 and 否, as the Chinese message bundle writes yes and no (looked up once, not per cell). */
    private static final String YES = Messages.of(Locale.SIMPLIFIED_CHINESE).format("value.yes", List.of());
    private static final String NO = Messages.of(Locale.SIMPLIFIED_CHINESE).format("value.no", List.of());

    private final CSVPrinter printer;
    private final boolean chinese;

    CsvOut(OutputStream out, Charset charset, boolean chinese) throws IOException {
        Writer w = new OutputStreamWriter(out, charset);
        if (charset.equals(StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
        }
        this.printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        this.chinese = chinese;
    }

    @Override
    public void header(List<String> names) throws IOException {
        printer.printRecord(names);
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        for (Object c : cells) {
            // a text as written ("=SUM(F6:F7)" from a formula saved without its value) would be a live formula in
            // Excel: prefixed with ' as in the xlsx output; typed values (-35 households) are numbers, not texts
            printer.print(c instanceof String s ? CellText.safe(s) : text(c, chinese));
        }
        printer.println();
    }

    /** A typed cell as the text a spreadsheet or shequ reads back as the same value. */
    static String text(Object c, boolean chinese) {
        if (c == null) {
            return "";
        }
        if (c instanceof Double d) {
            return Numbers.plain(d);
        }
        if (c instanceof Percent p) {
            return Numbers.plain(p.value()) + "%";
        }
        if (c instanceof Boolean b) {
            return chinese ? (b ? YES : NO) : b.toString();
        }
        if (c instanceof List<?> l) {
            return String.join(Words.get("join"), l.stream().map(String::valueOf).toList());
        }
        return c.toString();
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
