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
 * otherwise the start of the file must decode as UTF-8, else as GB18030 (the superset of GBK that
 * WPS and Excel write on Chinese Windows). Readers then decode the whole file strictly, so bytes
 * that do not decode are reported with line and byte offset, and no replacement character ever
 * reaches a finding or an output.
 */
public final class Encoding {
    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final int BUFFER = 1 << 16;
    /** How much of a file decides its encoding: 1 MiB holds the header and thousands of rows. */
    static final int SAMPLE = 1 << 20;

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

    /**
     * The encoding to read {@code file} with. A forced encoding is taken as it is; a byte-order
     * mark decides; otherwise the first {@link #SAMPLE} bytes must decode strictly as UTF-8, else
     * as GB18030. Readers decode the rest strictly too and call {@link #locate} when it fails.
     */
    public static Detected detect(Path file, Charset forced) throws IOException {
        int bom = bomLength(file);
        Charset bomCharset = bomCharset(file);
        if (forced != null) {
            return new Detected(forced, bomCharset != null && bomCharset.equals(forced) ? bom : 0, null);
        }
        if (bomCharset != null) {
            return new Detected(bomCharset, bom, null);
        }
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE);
        }
        boolean whole = sample.length < SAMPLE;
        Optional<Long> utf8 = firstError(sample, StandardCharsets.UTF_8, whole);
        if (utf8.isEmpty()) {
            return new Detected(StandardCharsets.UTF_8, 0, null);
        }
        Optional<Long> gb = firstError(sample, GB18030, whole);
        if (gb.isEmpty()) {
            return new Detected(GB18030, 0, null);
        }
        // neither decodes: report the position in the encoding that got further
        Charset further = gb.get() > utf8.get() ? GB18030 : StandardCharsets.UTF_8;
        return new Detected(further, 0, locate(file, further, 0).orElseThrow());
    }

    /** The first undecodable bytes of the whole file in {@code charset}, with line and offset. */
    public static Optional<Undecodable> locate(Path file, Charset charset, int skip) throws IOException {
        return firstUndecodable(file, charset, skip);
    }

    private static Optional<Long> firstError(byte[] sample, Charset charset, boolean whole) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        while (true) {
            CoderResult r = decoder.decode(in, out, whole);
            out.clear();
            if (r.isError()) {
                return Optional.of((long) in.position());
            }
            if (r.isUnderflow()) {
                // a multi-byte character cut at the end of the sample is not an error
                return whole && decoder.flush(out).isError() ? Optional.of((long) in.position()) : Optional.empty();
            }
        }
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

    /**
     * Decodes the whole file strictly; the first error's position, if any. A newline byte is
     * never part of a multi-byte character in UTF-8 or GB18030, so the line of an error is
     * counted on the bytes, and only when there is an error.
     */
    static Optional<Undecodable> firstUndecodable(Path file, Charset charset, int skip) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        long consumed = skip;
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
                out.clear();
                if (r.isError()) {
                    byte[] bad = new byte[Math.min(r.length(), in.remaining())];
                    in.get(in.position(), bad);
                    return Optional.of(failure(file, charset, consumed, HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bad)));
                }
                in.compact();
                if (eof && in.position() == 0) {
                    return decoder.flush(out).isError() ? Optional.of(failure(file, charset, consumed, "")) : Optional.empty();
                }
                if (eof && r.isUnderflow() && in.position() > 0 && in.position() == before) {
                    return Optional.of(failure(file, charset, consumed, ""));
                }
            }
        } catch (CharacterCodingException e) {
            return Optional.of(failure(file, charset, consumed, ""));
        }
    }

    private static Undecodable failure(Path file, Charset charset, long offset, String bytes) throws IOException {
        int line = 1;
        byte[] buf = new byte[BUFFER];
        long left = offset;
        try (InputStream stream = Files.newInputStream(file)) {
            while (left > 0) {
                int n = stream.read(buf, 0, (int) Math.min(buf.length, left));
                if (n < 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        line++;
                    }
                }
                left -= n;
            }
        }
        return new Undecodable(charset, line, offset, bytes);
    }
}
