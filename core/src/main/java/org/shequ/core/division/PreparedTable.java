package org.shequ.core.division;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A {@link CodeTable} in the form the build prepares for the jar, so that start-up reads arrays
 * instead of parsing CSV: a magic number and version, the level's digits, the count, the first
 * code and then each code's difference from the one before (the table is sorted), and the names as
 * one UTF-8 text separated by line feeds (no registry name holds one).
 */
final class PreparedTable {
    static final String SUFFIX = ".bin";
    private static final int MAGIC = 0x53515247; // "SQRG"
    private static final int VERSION = 1;

    private PreparedTable() {
    }

    static void write(CodeTable table, OutputStream raw) throws IOException {
        DataOutputStream out = new DataOutputStream(raw);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(table.level().digits());
        long[] codes = table.codes();
        out.writeInt(codes.length);
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < codes.length; i++) {
            long delta = i == 0 ? codes[0] : codes[i] - codes[i - 1];
            out.writeLong(delta);
            String name = table.names()[i];
            if (name.indexOf('\n') >= 0) {
                throw new IOException("a registry name holds a line feed: " + codes[i]);
            }
            names.append(name).append('\n');
        }
        byte[] utf8 = names.toString().getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
        out.flush();
    }

    static CodeTable read(InputStream raw) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(raw.readAllBytes()); // big-endian, as DataOutputStream wrote it
        if (in.remaining() < 16 || in.getInt() != MAGIC || in.getInt() != VERSION) {
            throw new IOException("not a prepared registry table of this version");
        }
        Level level = Level.ofDigits(in.getInt()).orElseThrow(() -> new IOException("unknown level"));
        int n = in.getInt();
        long[] codes = new long[n];
        in.asLongBuffer().get(codes);
        in.position(in.position() + n * Long.BYTES);
        for (int i = 1; i < n; i++) {
            codes[i] += codes[i - 1];
        }
        int length = in.getInt();
        String all = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        String[] names = new String[n];
        int from = 0;
        for (int i = 0; i < n; i++) {
            int end = all.indexOf('\n', from);
            names[i] = all.substring(from, end);
            from = end + 1;
        }
        return new CodeTable(level, codes, names);
    }
}
