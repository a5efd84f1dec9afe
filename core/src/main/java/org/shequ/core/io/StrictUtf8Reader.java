package org.shequ.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * UTF-8 decoded strictly, as CSV is: a byte that is no UTF-8 (a GBK file, a damaged one) stops
 * the reading with the offset and the bytes ({@link Undecodable}), never a replacement
 * character that would reach an output as U+FFFD. What every YAML shequ reads goes through it.
 */
public final class StrictUtf8Reader extends Reader {
    /** The input does not decode as UTF-8: at which byte (0-based) and which bytes. */
    public static final class Undecodable extends IOException {
        private final long offset;
        private final String bytes;

        Undecodable(long offset, String bytes) {
            super("the file does not decode as UTF-8: invalid bytes " + bytes + " at byte " + offset
                    + " (save it as UTF-8)");
            this.offset = offset;
            this.bytes = bytes;
        }

        public long offset() {
            return offset;
        }

        public String bytes() {
            return bytes;
        }
    }

    /** The undecodable bytes behind a failure, however the YAML parser wrapped them, or null. */
    public static Undecodable cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Undecodable u) {
                return u;
            }
        }
        return null;
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14);
    private long consumed;
    private boolean eof;

    public StrictUtf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            if (!bytes.hasRemaining() || !eof && bytes.remaining() < 4) {
                fill();
            }
            int before = bytes.position();
            CoderResult r = decoder.decode(bytes, out, eof);
            consumed += bytes.position() - before;
            if (r.isError()) {
                byte[] bad = new byte[r.length()];
                bytes.get(bad);
                throw new Undecodable(consumed, HexFormat.ofDelimiter(" ").withUpperCase().withPrefix("0x").formatHex(bad));
            }
            if (eof && !bytes.hasRemaining()) {
                if (decoder.flush(out).isError()) {
                    throw new Undecodable(consumed, "");
                }
                return out.position() == off ? -1 : out.position() - off;
            }
        }
        return out.position() - off;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
