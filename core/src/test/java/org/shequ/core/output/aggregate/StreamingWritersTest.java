package org.shequ.core.output.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shequ.core.aggregate.Level;
import org.shequ.core.aggregate.Row;

/**
 * Every aggregate format walks a level's rows as they are computed and never copies them: a
 * national township level (40,000 rows of metrics) does not fit in the default heap as a copy.
 */
class StreamingWritersTest {
    private static final int ROWS = 3_000;

    /** Rows made when read, like a real level's; copying them (toArray, as new ArrayList does) fails. */
    private static final class Computed extends AbstractList<Row> implements RandomAccess {
        int reads;

        @Override
        public Row get(int i) {
            reads++;
            return row(String.format("610324%03d", i), "第" + i + "镇", i);
        }

        @Override
        public int size() {
            return ROWS;
        }

        @Override
        public Object[] toArray() {
            throw new UnsupportedOperationException("a level's rows are not copied");
        }

        @Override
        public <T> T[] toArray(T[] a) {
            throw new UnsupportedOperationException("a level's rows are not copied");
        }
    }

    private static Row row(String code, String name, long n) {
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("units", n);
        m.put("households", n * 100);
        m.put("service_area_per_100", 30.5);
        m.put("pass_rate.STD-SPACE-100", 0.5);
        return new Row(code, name, n, m, Map.of(), Map.of());
    }

    @ParameterizedTest
    @EnumSource(AggregateFormat.class)
    void everyFormatStreamsTheRows(AggregateFormat format) throws IOException {
        Computed rows = new Computed();
        Level level = new Level("township", rows, row("610324", "扶风县", ROWS));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().write(List.of(level), new AggregateWriter.View(Locale.CHINESE, List.of()), out);
        assertTrue(rows.reads >= ROWS, "every row was read: " + rows.reads);
        assertTrue(rows.reads <= 3 * ROWS, "each row read at most three times (columns, widths, lines): " + rows.reads);
        if (!format.binary()) {
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("第2999镇"), format + " wrote the last row");
            assertTrue(text.contains("扶风县"), format + " wrote the total");
        }
        if (format == AggregateFormat.CSV) {
            assertEquals(1 + ROWS + 1, out.toString(StandardCharsets.UTF_8).lines().count());
        }
    }
}
