package org.shequ.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a stream ahead on a thread of its own, in chunks: what a compressed sheet costs to inflate
 * (a tenth of reading a national workbook) is then spent beside the XML parsing instead of before
 * each of its reads. A few chunks are in flight, reused, so memory stays constant. A failure of the
 * source is thrown to the reader where it would have met it; closing stops the thread.
 */
final class ReadAhead extends InputStream {
    private static final int CHUNK = 64 * 1024;
    private static final int CHUNKS = 4;

    /** A chunk: {@code length} bytes of {@code bytes}; -1 is the end of the source, or where it failed. */
    private record Chunk(byte[] bytes, int length, Throwable failure) {
    }

    private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS);
    private final Thread thread;
    private volatile boolean closed;
    private Chunk current;
    private int position;

    ReadAhead(InputStream source, String name) {
        for (int i = 0; i < CHUNKS - 1; i++) {
            free.add(new byte[CHUNK]);
        }
        thread = new Thread(() -> fill(source), name);
        thread.setDaemon(true);
        thread.start();
    }

    private void fill(InputStream source) {
        try (source) {
            while (!closed) {
                byte[] bytes = free.poll();
                if (bytes == null) {
                    bytes = free.poll(50, TimeUnit.MILLISECONDS);
                    if (bytes == null) {
                        continue;
                    }
                }
                int n = 0;
                Throwable failure = null;
                try {
                    for (int k = 0; n < CHUNK && k >= 0; n += Math.max(k, 0)) {
                        k = source.read(bytes, n, CHUNK - n);
                        if (k < 0) {
                            break;
                        }
                    }
                } catch (IOException | RuntimeException | Error e) {
                    failure = e; // the same exception the reader would have met reading the source itself
                }
                if (!put(new Chunk(bytes, n, null)) || n < CHUNK || failure != null) {
                    put(new Chunk(null, -1, failure));
                    return;
                }
            }
        } catch (IOException e) {
            put(new Chunk(null, -1, e)); // closing the source
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands a chunk to the reader, unless it closed first. */
    private boolean put(Chunk chunk) {
        try {
            while (!closed) {
                if (full.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The current chunk with bytes left, or null at the end of the source. */
    private Chunk chunk() throws IOException {
        while (current == null || current.length >= 0 && position == current.length) {
            if (current != null && current.bytes != null) {
                free.offer(current.bytes);
            }
            try {
                current = full.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted");
            }
            position = 0;
        }
        if (current.length < 0) {
            if (current.failure instanceof IOException e) {
                throw e;
            }
            if (current.failure instanceof RuntimeException e) {
                throw e;
            }
            if (current.failure instanceof Error e) {
                throw e;
            }
            return null;
        }
        return current;
    }

    @Override
    public int read() throws IOException {
        Chunk c = chunk();
        return c == null ? -1 : c.bytes[position++] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        Chunk c = chunk();
        if (c == null) {
            return -1;
        }
        int n = Math.min(length, c.length - position);
        System.arraycopy(c.bytes, position, into, offset, n);
        position += n;
        return n;
    }

    @Override
    public void close() {
        closed = true;
        full.clear();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
