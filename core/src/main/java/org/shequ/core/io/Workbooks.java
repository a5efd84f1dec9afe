package org.shequ.core.io;

import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;

/** Names what went wrong with a workbook in words an analyst can act on. */
public final class Workbooks {
    private Workbooks() {
    }

    public static String problemKey(Throwable e) {
        if (e instanceof LinkageError) {
            // a zip entry compressed with a method whose codec is not bundled (zstd, xz): Excel and WPS never write it
            return "DATA-PARSE.compression";
        }
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (e instanceof EncryptedDocumentException || m.contains("encrypt") || m.contains("password")) {
            return "DATA-PARSE.encrypted";
        }
        if (m.contains("zip bomb")) {
            return "DATA-PARSE.zipBomb";
        }
        if (m.contains("doctype") || m.contains("entity reference") || m.contains("external entit")) {
            return "DATA-PARSE.entity";
        }
        if (m.contains("a stretch of text longer than")) {
            return "DATA-PARSE.textTooLong";
        }
        return "DATA-PARSE.workbook";
    }

    /** The first line of the library's message, for the finding's detail. */
    public static String detail(Throwable e) {
        if (e instanceof LinkageError) {
            return "";
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
