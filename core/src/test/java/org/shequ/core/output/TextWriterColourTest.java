package org.shequ.core.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.shequ.core.Messages;
import org.shequ.core.io.Location;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Severity;
import org.shequ.core.validate.Summary;

/** On a terminal the text format colours the file name and the severity with the SGR codes it has always written; elsewhere none. */
class TextWriterColourTest {
    private static String write(boolean colour) throws Exception {
        Finding f = Finding.of("DATA-RANGE", Severity.ERROR).at(new Location("a.csv", null, 3, "households"))
                .message("DATA-RANGE.below", "户数", -5, 0, "户").build();
        StringWriter out = new StringWriter();
        new TextWriter().write(new Report(new Summary(1, 1, 1, 0, 0, 0), List.of(f)),
                new FindingsWriter.View(Messages.of(Locale.SIMPLIFIED_CHINESE), "t", -1, colour), out);
        return out.toString();
    }

    @Test
    void coloursOnlyWhenAsked() throws Exception {
        String coloured = write(true);
        assertTrue(coloured.contains("\u001B[1ma.csv\u001B[21m\u001B[0m"), coloured);
        assertTrue(coloured.contains("\u001B[31m错误\u001B[39m\u001B[0m"), coloured);
        assertFalse(write(false).contains("\u001B["));
    }
}
