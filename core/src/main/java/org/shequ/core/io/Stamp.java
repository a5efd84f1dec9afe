package org.shequ.core.io;

import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;

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
        String env = System.getenv("SOURCE_DATE_EPOCH");
        long seconds = FIXED;
        if (env != null && env.strip().matches("\\d{1,12}")) {
            seconds = Long.parseLong(env.strip());
        }
        return new Date(seconds * 1000);
    }

    /** Sets the document's core properties to {@link #time()}. */
    public static void apply(POIXMLDocument doc) {
        POIXMLProperties.CoreProperties p = doc.getProperties().getCoreProperties();
        Date t = time();
        p.setCreated(Optional.of(t));
        p.setModified(Optional.of(t));
    }
}
