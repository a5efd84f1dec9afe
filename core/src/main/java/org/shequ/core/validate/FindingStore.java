package org.shequ.core.validate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.shequ.core.io.Location;
import java.util.Collections;
import org.shequ.core.Text;

/**
 * The findings of a run in bounded memory: kept in memory up to {@link #CHUNK}, then each further
 * chunk sorted and written to a temporary file, and read back as one sorted list by merging the
 * chunks. So a national file where a quarter of the units fail a rule (hundreds of thousands of
 * findings) fits the default heap in every output format. The objects a finding's message names
 * (fields) stay in memory, once each; texts, numbers and a rule's message made for one finding are
 * written as values. The temporary files are removed on exit.
 */
public final class FindingStore {
    static final int CHUNK = 20_000;

    private final List<Finding> memory = new ArrayList<>();
    private final List<Path> chunks = new ArrayList<>();
    final Codec codec = new Codec();
    private long size;
    private final long[] bySeverity = new long[Severity.values().length];

    public void add(Finding f) {
        memory.add(f);
        size++;
        bySeverity[f.severity().ordinal()]++;
        if (memory.size() >= CHUNK) {
            spill();
        }
    }

    public long count(Severity s) {
        return bySeverity[s.ordinal()];
    }

    /** All findings in {@link Finding#ORDER}: a list read sequentially, from memory or merged from disk. */
    public List<Finding> sorted() {
        memory.sort(Finding.ORDER);
        if (chunks.isEmpty()) {
            return List.copyOf(memory);
        }
        spill();
        return new Merged(List.copyOf(chunks), codec, size);
    }

    private void spill() {
        if (memory.isEmpty()) {
            return;
        }
        memory.sort(Finding.ORDER);
        try {
            Path file = Files.createTempFile("shequ-findings-", ".bin");
            file.toFile().deleteOnExit();
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
                for (Finding f : memory) {
                    codec.write(out, f);
                }
            }
            chunks.add(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        memory.clear();
    }

    /**
     * The sorted chunks merged, as a list that is meant to be walked from the start (each walk
     * reads the files again; {@code get} walks on from the last index asked for).
     */
    static class Merged extends AbstractList<Finding> {
        private final List<Path> chunks;
        private final Codec codec;
        private final long size;
        private Iterator<Finding> walk;
        private int at = -1;
        private Finding current;

        Merged(List<Path> chunks, Codec codec, long size) {
            this.chunks = chunks;
            this.codec = codec;
            this.size = size;
        }

        @Override
        public int size() {
            return (int) Math.min(Integer.MAX_VALUE, size);
        }

        @Override
        public Finding get(int index) {
            if (index < 0 || index >= size()) {
                throw new IndexOutOfBoundsException(index);
            }
            if (walk == null || index < at) {
                walk = iterator();
                at = -1;
            }
            while (at < index) {
                current = walk.next();
                at++;
            }
            return current;
        }

        @Override
        public Iterator<Finding> iterator() {
            return new Merge(chunks, codec);
        }
    }

    /** A k-way merge of the chunk files, each already in order. */
    private static final class Merge implements Iterator<Finding> {
        private record Head(Finding finding, DataInputStream in) {
        }

        private final PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
        private final Codec codec;

        Merge(List<Path> chunks, Codec codec) {
            this.codec = codec;
            try {
                for (Path p : chunks) {
                    DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(p), 1 << 16));
                    advance(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void advance(DataInputStream in) throws IOException {
            Finding f = codec.read(in);
            if (f == null) {
                in.close();
            } else {
                heads.add(new Head(f, in));
            }
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public Finding next() {
            Head h = heads.poll();
            if (h == null) {
                throw new NoSuchElementException();
            }
            try {
                advance(h.in());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return h.finding();
        }
    }

    /**
     * Findings as bytes: texts, numbers and messages ({@link Text}) as themselves,
     * lists element by element, and the other objects a message names (a field) by their place in a
     * table kept in memory, once each.
     */
    static final class Codec {
        private final Map<Object, Integer> index = new IdentityHashMap<>();
        private final List<Object> objects = new ArrayList<>();

        void write(DataOutputStream out, Finding f) throws IOException {
            out.writeBoolean(true);
            text(out, f.rule());
            out.writeByte(f.severity().ordinal());
            text(out, f.location().file());
            text(out, f.location().sheet());
            out.writeInt(f.location().line());
            text(out, f.location().field());
            text(out, f.unit());
            text(out, f.unitName());
            text(out, f.messageKey());
            object(out, f.args());
            object(out, f.actual());
            text(out, f.expected());
        }

        /** How many objects the table holds (each named by some finding's message). */
        int tableSize() {
            return objects.size();
        }

        Finding read(DataInputStream in) throws IOException {
            try {
                in.readBoolean();
            } catch (EOFException end) {
                return null;
            }
            String rule = text(in);
            Severity severity = Severity.values()[in.readByte()];
            Location at = new Location(text(in), text(in), in.readInt(), text(in));
            String unit = text(in);
            String unitName = text(in);
            String key = text(in);
            @SuppressWarnings("unchecked") List<Object> args = (List<Object>) object(in);
            Object actual = object(in);
            return new Finding(rule, severity, at, unit, unitName, key, args, actual, text(in));
        }

        private static void text(DataOutputStream out, String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        private static String text(DataInputStream in) throws IOException {
            int n = in.readInt();
            if (n < 0) {
                return null;
            }
            byte[] b = in.readNBytes(n);
            return new String(b, StandardCharsets.UTF_8);
        }

        private void object(DataOutputStream out, Object o) throws IOException {
            if (o == null) {
                out.writeByte(0);
            } else if (o instanceof String s) {
                out.writeByte(1);
                text(out, s);
            } else if (o instanceof Long l) {
                out.writeByte(2);
                out.writeLong(l);
            } else if (o instanceof Integer i) {
                out.writeByte(3);
                out.writeInt(i);
            } else if (o instanceof Double d) {
                out.writeByte(4);
                out.writeDouble(d);
            } else if (o instanceof Boolean b) {
                out.writeByte(5);
                out.writeBoolean(b);
            } else if (o instanceof LocalDate d) {
                out.writeByte(6);
                text(out, d.toString());
            } else if (o instanceof List<?> list) {
                out.writeByte(7);
                out.writeInt(list.size());
                for (Object e : list) {
                    object(out, e);
                }
            } else if (o instanceof Text t) {
                // a rule's message, made for this finding: by value, or the table would hold every one
                out.writeByte(9);
                text(out, t.zh());
                text(out, t.en());
            } else {
                out.writeByte(8);
                Integer i = index.get(o);
                if (i == null) {
                    i = objects.size();
                    objects.add(o);
                    index.put(o, i);
                }
                out.writeInt(i);
            }
        }

        private Object object(DataInputStream in) throws IOException {
            return switch (in.readByte()) {
                case 0 -> null;
                case 1 -> text(in);
                case 2 -> in.readLong();
                case 3 -> in.readInt();
                case 4 -> in.readDouble();
                case 5 -> in.readBoolean();
                case 6 -> LocalDate.parse(text(in));
                case 7 -> {
                    int n = in.readInt();
                    List<Object> list = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        list.add(object(in));
                    }
                    yield Collections.unmodifiableList(list);
                }
                case 8 -> objects.get(in.readInt());
                case 9 -> new Text(text(in), text(in));
                default -> throw new IOException("damaged findings file");
            };
        }
    }
}
