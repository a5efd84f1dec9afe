package org.shequ.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import java.io.Reader;

/**
 * Reads CSV (and TSV) with Commons CSV after {@link Encoding} has settled the encoding. Lines are
 * physical lines (a quoted cell spanning lines counts them all; the header is line 1). Broken
 * quoting stops the file at the record where it starts; an over-long cell is refused.
 */
public final class CsvReader implements TableReader {
    private final ReadLimits limits;

    public CsvReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public void read(SourceFile file, TableHandler handler) throws IOException {
        handler.begin(null, Shape.DELIMITED);
        try {
            if (Files.size(file.path()) == 0) {
                handler.problem(ReadProblem.of(1, "DATA-PARSE.empty"));
                return;
            }
            Encoding.Detected enc = Encoding.detect(file.path(), file.encoding());
            if (!enc.ok()) {
                undecodable(enc.failure(), handler);
                return;
            }
            try {
                readRecords(file, enc, handler);
            } catch (CharacterCodingException e) {
                Encoding.locate(file.path(), enc.charset(), enc.bomLength()).ifPresent(u -> undecodable(u, handler));
            }
        } finally {
            handler.end();
        }
    }

    private static void undecodable(Encoding.Undecodable u, TableHandler handler) {
        handler.problem(ReadProblem.of(u.line(), "DATA-PARSE.encoding", u.charset().name(), u.offset(), u.bytes()));
    }

    private void readRecords(SourceFile file, Encoding.Detected enc, TableHandler handler) throws IOException {
        char delimiter = file.path().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrim(false)
                .get();
        try (InputStream raw = Files.newInputStream(file.path())) {
            raw.skipNBytes(enc.bomLength());
            CharsetDecoder strict = enc.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            Budget reader = new Budget(new BufferedReader(new InputStreamReader(raw, strict), 1 << 16),
                    (long) limits.maxCellChars() * RECORD_CELLS);
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                Iterator<CSVRecord> it = parser.iterator();
                int next = 1;
                while (true) {
                    CSVRecord record;
                    try {
                        if (!it.hasNext()) {
                            break;
                        }
                        record = it.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        CharacterCodingException coding = codingCause(e);
                        if (coding != null) {
                            throw coding;
                        }
                        boolean tooLong = e.getCause() instanceof Budget.Exceeded || e.getCause() != null && e.getCause().getCause() instanceof Budget.Exceeded;
                        long budget = (long) limits.maxCellChars() * RECORD_CELLS;
                        long columns = tooLong ? columnsOfWideLine(file, enc, next, budget, delimiter) : 0;
                        if (columns > 0) {
                            handler.problem(ReadProblem.of(next, "DATA-PARSE.recordTooWide", budget, columns));
                        } else {
                            handler.problem(ReadProblem.of(next, tooLong ? "DATA-PARSE.recordTooLong" : "DATA-PARSE.quoting",
                                    (long) limits.maxCellChars() * RECORD_CELLS));
                        }
                        return;
                    }
                    reader.spent();
                    int line = next;
                    next = (int) parser.getCurrentLineNumber() + 1;
                    String[] cells = record.values();
                    if (!fits(cells, line, handler)) {
                        continue;
                    }
                    if (!handler.row(new RawRow(line, cells))) {
                        return;
                    }
                }
            }
        }
    }

    /**
     * When a record ran past the budget: the columns of line {@code line} if that line alone is longer
     * than the budget with no quote in it (a table too wide, not an unterminated quote); 0 otherwise.
     */
    private static long columnsOfWideLine(SourceFile file, Encoding.Detected enc, int line, long budget, char delimiter) {
        try (InputStream raw = Files.newInputStream(file.path())) {
            raw.skipNBytes(enc.bomLength());
            Reader in = new BufferedReader(new InputStreamReader(raw, enc.charset()), 1 << 16);
            int at = 1;
            int c;
            while (at < line && (c = in.read()) >= 0) {
                if (c == '\n') {
                    at++;
                }
            }
            long seen = 0;
            long columns = 1;
            while ((c = in.read()) >= 0 && c != '\n') {
                if (c == '"') {
                    return 0;
                }
                if (c == delimiter) {
                    columns++;
                }
                if (++seen > budget) {
                    return columns;
                }
            }
            return 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** A record may hold this many full cells: past it (an unterminated quote, most likely) the file ends there. */
    static final int RECORD_CELLS = 4;

    /**
     * A reader that refuses to deliver more than a budget of characters for one record, so that an
     * unterminated quote running to the end of a 60 MB file ends the file with a finding in bounded
     * memory, instead of exhausting it. The budget starts again after every record.
     */
    static final class Budget extends Reader {
        private final Reader in;
        private final long budget;
        private long used;

        static final class Exceeded extends IOException {
            Exceeded() {
                super("record too long");
            }
        }

        Budget(Reader in, long budget) {
            this.in = in;
            this.budget = budget;
        }

        /** A record is complete: its characters no longer count. */
        void spent() {
            used = 0;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (used > budget) {
                throw new Exceeded();
            }
            int n = in.read(buf, off, len);
            if (n > 0) {
                used += n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static CharacterCodingException codingCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException c) {
                return c;
            }
        }
        return null;
    }

    private boolean fits(String[] cells, int line, TableHandler handler) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].length() > limits.maxCellChars()) {
                handler.problem(ReadProblem.of(line, "DATA-PARSE.cellTooLong", i + 1, cells[i].length(), limits.maxCellChars()));
                return false;
            }
        }
        return true;
    }
}
