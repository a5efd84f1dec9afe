package org.shequ.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading ahead on a thread of its own: the same events in the same order on the calling thread, failures where they belong. */
class RowLaneTest {
    private static final SourceFile FILE = new SourceFile(Path.of("a.csv"), "a.csv", List.of(), StandardCharsets.UTF_8, null);

    /** Two tables of {@code rows} rows each, a problem between them; fails with {@code failure} after {@code failAfter} rows. */
    private static TableReader reader(int rows, int failAfter, IOException failure, List<Integer> offered) {
        return (file, h) -> {
            int n = 0;
            for (String sheet : List.of("一", "二")) {
                h.begin(sheet, Shape.values()[0]);
                for (int line = 2; line < rows + 2; line++) {
                    if (n++ == failAfter) {
                        throw failure;
                    }
                    if (!h.row(new RawRow(line, new String[] {sheet + line}))) {
                        break;
                    }
                    offered.add(line);
                }
                h.end();
                if (sheet.equals("一")) {
                    h.problem(new ReadProblem(0, "read.problem", List.of()));
                }
            }
        };
    }

    /** What the target saw, on which thread, refusing rows of the first table after {@code keep}. */
    private static final class Seen implements TableHandler {
        final List<String> events = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();
        private final int keep;
        private int inTable;

        Seen(int keep) {
            this.keep = keep;
        }

        private void saw(String e) {
            events.add(e);
            threads.add(Thread.currentThread());
        }

        @Override
        public void begin(String sheet, Shape shape) {
            inTable = 0;
            saw("begin " + sheet);
        }

        @Override
        public boolean row(RawRow row) {
            saw(row.cells()[0]);
            return ++inTable < keep || events.contains("begin 二");
        }

        @Override
        public void problem(ReadProblem problem) {
            saw("problem");
        }

        @Override
        public void end() {
            saw("end");
        }

        @Override
        public boolean recognises(List<String> cells) {
            return true;
        }
    }

    private static List<String> expected(int rows, int keep) {
        List<String> out = new ArrayList<>();
        for (String sheet : List.of("一", "二")) {
            out.add("begin " + sheet);
            for (int line = 2; line < rows + 2 && (sheet.equals("二") || line - 1 <= keep); line++) {
                out.add(sheet + line);
            }
            out.add("end");
            if (sheet.equals("一")) {
                out.add("problem");
            }
        }
        return out;
    }

    @Test
    void everyEventArrivesInOrderOnTheCallingThread() throws IOException {
        Seen seen = new Seen(Integer.MAX_VALUE);
        RowLane.readAhead(reader(1000, -1, null, new ArrayList<>()), FILE, seen); // four batches a table
        assertEquals(expected(1000, Integer.MAX_VALUE), seen.events);
        assertTrue(seen.threads.stream().allMatch(t -> t == Thread.currentThread()), "handed to the calling thread");
    }

    @Test
    void aRefusedRowEndsItsTableAndTheNextIsReadWhole() throws IOException {
        Seen seen = new Seen(10);
        List<Integer> offered = new ArrayList<>();
        RowLane.readAhead(reader(5000, -1, null, offered), FILE, seen);
        assertEquals(expected(5000, 10), seen.events, "no row of the first table after the refused one");
        assertTrue(offered.size() < 10000, "the reader was told to stop the first table: " + offered.size());
    }

    @Test
    void aReadingFailureIsThrownAfterWhatCameBeforeIt() {
        IOException broken = new IOException("disk");
        Seen seen = new Seen(Integer.MAX_VALUE);
        assertSame(broken, assertThrows(IOException.class, () -> RowLane.readAhead(reader(1000, 700, broken, new ArrayList<>()), FILE, seen)));
        assertEquals(expected(1000, Integer.MAX_VALUE).subList(0, 701), seen.events, "the 700 rows read before it were handled");
    }
}
