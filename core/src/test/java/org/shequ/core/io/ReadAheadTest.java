package org.shequ.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Reading ahead gives the source's bytes in order, its failure where it happened, and stops when closed. */
class ReadAheadTest {

    @Test
    void givesTheSourcesBytesWhateverTheirLength() throws Exception {
        for (int length : new int[] {0, 1, 65_535, 65_536, 65_537, 3 * 65_536, 1_000_003}) {
            byte[] bytes = new byte[length];
            new Random(length).nextBytes(bytes);
            try (InputStream in = new ReadAhead(new ByteArrayInputStream(bytes), "test")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[4000]; // as the XML parser asks: less than a chunk
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                }
                assertArrayEquals(bytes, out.toByteArray(), length + " bytes");
                assertEquals(-1, in.read());
            }
            try (InputStream in = new ReadAhead(new ByteArrayInputStream(bytes), "test")) {
                for (int i = 0; i < Math.min(length, 70_000); i++) {
                    assertEquals(bytes[i] & 0xFF, in.read(), "byte " + i);
                }
            }
        }
    }

    @Test
    void aFailureOfTheSourceComesAfterTheBytesBeforeIt() throws Exception {
        IOException damaged = new IOException("Zip bomb detected!");
        IllegalStateException broken = new IllegalStateException("truncated entry");
        for (Exception failure : new Exception[] {damaged, broken}) {
            InputStream source = new InputStream() {
                int given;

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                }

                /** As an inflating stream reads: whole blocks, the failure at the start of a call. */
                @Override
                public int read(byte[] into, int offset, int length) throws IOException {
                    if (given == 100_000) {
                        if (failure instanceof IOException e) {
                            throw e;
                        }
                        throw (RuntimeException) failure;
                    }
                    int n = Math.min(Math.min(length, 10_000), 100_000 - given);
                    for (int i = 0; i < n; i++) {
                        into[offset + i] = (byte) (given++ % 251);
                    }
                    return n;
                }
            };
            try (InputStream in = new ReadAhead(source, "test")) {
                byte[] first = in.readNBytes(100_000);
                assertEquals(100_000, first.length);
                assertEquals(99_999 % 251, first[99_999] & 0xFF);
                Exception thrown = assertThrows(Exception.class, in::read);
                assertSame(failure, thrown, "the source's own exception");
            }
        }
    }

    @Test
    void closingEarlyStopsReadingAndClosesTheSource() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
        ReadAhead in = new ReadAhead(endless, "test-endless");
        assertEquals('x', in.read());
        in.close();
        assertTrue(closed.get(), "the source is closed");
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("test-endless") && t.isAlive()),
                "the reading thread has ended");
    }
}
