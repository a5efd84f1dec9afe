package org.shequ.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Finds a text file's encoding by strict decoding, never by guessing: a byte-order mark decides;
 * otherwise the whole file must decode as UTF-8, else as GB18030 (the superset of GBK that WPS
 * and Excel write on Chinese Windows). A forced encoding is checked the same way. When a file
 * does not decode, the first undecodable bytes are reported with line and byte offset, so no
 * replacement character ever reaches a finding or an output.
 */
public final class Encoding {
    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final int BUFFER = 1 << 16;

    /** The result of a detection: the charset and how many BOM bytes to skip, or a failure. */
    public record Detected(Charset charset, int bomLength, Undecodable failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    /** The first undecodable bytes: their line, byte offset from the start, and hex. */
    public record Undecodable(Charset charset, int line, long offset, String bytes) {
    }

    private Encoding() {
    }

    public static Detected detect(Path file, Charset forced) throws IOException {
        int bom = bomLength(file);
        Charset bomCharset = bomCharset(file);
        if (forced != null) {
            int skip = bomCharset != null && bomCharset.equals(forced) ? bom : 0;
            Optional<Undecodable> bad = firstUndecodable(file, forced, skip);
            return new Detected(forced, skip, bad.orElse(null));
        }
        if (bomCharset != null) {
            Optional<Undecodable> bad = firstUndecodable(file, bomCharset, bom);
            return new Detected(bomCharset, bom, bad.orElse(null));
        }
        Optional<Undecodable> utf8 = firstUndecodable(file, StandardCharsets.UTF_8, 0);
        if (utf8.isEmpty()) {
            return new Detected(StandardCharsets.UTF_8, 0, null);
        }
        Optional<Undecodable> gb = firstUndecodable(file, GB18030, 0);
        if (gb.isEmpty()) {
            return new Detected(GB18030, 0, null);
        }
        // neither decodes: report the position in the encoding that got further
        Undecodable failure = gb.get().offset() > utf8.get().offset() ? gb.get() : utf8.get();
        return new Detected(failure.charset(), 0, failure);
    }

    private static int bomLength(Path file) throws IOException {
        Charset c = bomCharset(file);
        if (c == null) {
            return 0;
        }
        return c.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    private static Charset bomCharset(Path file) throws IOException {
        byte[] head = new byte[3];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 3);
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Decodes the whole file strictly; the first error's position, if any. */
    static Optional<Undecodable> firstUndecodable(Path file, Charset charset, int skip) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        long consumed = skip;
        int line = 1;
        try (InputStream stream = Files.newInputStream(file)) {
            stream.skipNBytes(skip);
            boolean eof = false;
            while (true) {
                if (!eof) {
                    int n = stream.read(in.array(), in.position(), in.remaining());
                    if (n < 0) {
                        eof = true;
                    } else {
                        in.position(in.position() + n);
                    }
                }
                in.flip();
                int before = in.position();
                CoderResult r = decoder.decode(in, out, eof);
                consumed += in.position() - before;
                line += newlines(out);
                if (r.isError()) {
                    byte[] bad = new byte[Math.min(r.length(), in.remaining())];
                    in.get(in.position(), bad);
                    return Optional.of(new Undecodable(charset, line, consumed, HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bad)));
                }
                in.compact();
                if (eof && in.position() == 0) {
                    CoderResult end = decoder.flush(out);
                    if (end.isError()) {
                        return Optional.of(new Undecodable(charset, line, consumed, ""));
                    }
                    return Optional.empty();
                }
                if (eof && r.isUnderflow() && in.position() > 0 && in.position() == before) {
                    return Optional.of(new Undecodable(charset, line, consumed, ""));
                }
            }
        } catch (CharacterCodingException e) {
            return Optional.of(new Undecodable(charset, line, consumed, ""));
        }
    }

    private static int newlines(CharBuffer out) {
        out.flip();
        int n = 0;
        while (out.hasRemaining()) {
            if (out.get() == '\n') {
                n++;
            }
        }
        out.clear();
        return n;
    }
}
