package org.shequ.core.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shequ.core.Problem;

/**
 * The creation and modification time written into every workbook and document, so that the same
 * input gives the same bytes: {@code SOURCE_DATE_EPOCH} (seconds, as reproducible builds set it)
 * when given, else a fixed 2000-01-01. The time of writing is not a fact about the data.
 */
public final class Stamp {
    private static final long FIXED = 946_684_800L; // 2000-01-01T00:00:00Z

    private Stamp() {
    }

    public static Date time() {
        return new Date(seconds(System.getenv("SOURCE_DATE_EPOCH")) * 1000);
    }

    /** The last second a four-digit year holds: 9999-12-31T23:59:59Z. */
    private static final long LAST = 253_402_300_799L;

    /**
     * The seconds of {@code SOURCE_DATE_EPOCH}: {@link #FIXED} when it is unset or blank; a value
     * that is not a time up to 9999 is refused (exit 2), as reproducible builds ask, never replaced.
     */
    static long seconds(String env) {
        if (env == null || env.isBlank()) {
            return FIXED;
        }
        String v = env.strip();
        if (!v.matches("\\d{1,12}") || Long.parseLong(v) > LAST) {
            throw new Problem("stamp.epoch", Visible.line(v));
        }
        return Long.parseLong(v);
    }

    /** Sets the document's core properties to {@link #time()}. */
    public static void apply(POIXMLDocument doc) {
        POIXMLProperties.CoreProperties p = doc.getProperties().getCoreProperties();
        Date t = time();
        p.setCreated(Optional.of(t));
        p.setModified(Optional.of(t));
    }

    /**
     * Writes a workbook or document made with POI's XSSF or XWPF: its core properties and the time
     * of every entry of its zip package at {@link #time()} (POI gives each entry the time of
     * writing). The stream is left open.
     */
    public static void write(POIXMLDocument doc, OutputStream out) throws IOException {
        apply(doc);
        zip(out, doc::write);
    }

    /** Writes a package built with POI's OPC layer, stamped as {@link #write(POIXMLDocument, OutputStream)} stamps. */
    public static void write(OPCPackage pkg, OutputStream out) throws IOException {
        PackageProperties p;
        try {
            p = pkg.getPackageProperties();
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        Optional<Date> t = Optional.of(time());
        p.setCreatedProperty(t);
        p.setModifiedProperty(t);
        zip(out, pkg::save);
    }

    private interface Save {
        void to(OutputStream zip) throws IOException;
    }

    /** POI writes into a zip stream it is given as it is: this one stamps each entry. */
    private static void zip(OutputStream out, Save save) throws IOException {
        try (ZipArchiveOutputStream zip = new Entries(new KeptOpen(out))) {
            save.to(zip);
        }
    }

    /**
     * A streaming workbook (SXSSF: {@code window} rows in memory, the rest on disk) whose package
     * entries carry the stamp: POI copies them into a zip stream the workbook makes itself. Its entries
     * are compressed at the fastest level: a streaming workbook is a large one (a province's feedback,
     * a national table; and every workbook {@code convert} and {@code diff} write), whose sheets the default level compressed at half the speed into files a
     * quarter smaller (a 43 MB sheet: 0.55 s into 3.4 MB, against 0.23 s into 4.3 MB), and compressing
     * was a fifth of a national run's feedback.
     */
    public static SXSSFWorkbook streaming(int window) {
        return new SXSSFWorkbook(window) {
            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
                ZipArchiveOutputStream zip = new Entries(out);
                zip.setUseZip64(zip64Mode);
                zip.setLevel(Deflater.BEST_SPEED);
                return zip;
            }
        };
    }

    /**
     * The comment of every package shequ writes: how a later {@code -o} knows a workbook as an
     * earlier output of shequ's (one that Excel or WPS saved again has lost it, and is the user's).
     */
    public static final String MARK = "shequ";

    /**
     * A zip stream that gives each entry the stamp's time, as the same clock reading in every time
     * zone, and the package the comment {@link #MARK}.
     */
    private static final class Entries extends ZipArchiveOutputStream {
        private final long local;

        Entries(OutputStream out) {
            super(out);
            setComment(MARK);
            long t = time().getTime();
            local = t - TimeZone.getDefault().getOffset(t); // a zip entry's time is a local clock reading
        }

        @Override
        public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
            entry.setTime(local);
            super.putArchiveEntry(entry);
        }
    }

    /** The caller's stream, flushed but not closed when the zip stream closes. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
