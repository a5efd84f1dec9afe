package org.shequ.core.io;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * New workbooks to write, sized to what they will hold: up to {@link #IN_MEMORY} cells an XSSF
 * workbook kept in memory; above, an SXSSF workbook that keeps 200 rows in memory and streams the
 * rest to disk, so a national table is written in bounded memory. The streaming one costs more to
 * start for a small table: POI gives each of its sheets a column-width tracker that measures a
 * character with the desktop font system (about 0.2 s of CPU the first time in a run, see
 * docs/feedback.md), and it writes its sheets through temporary files. Both are written stamped
 * ({@link Stamp}) and hold the same cells, styles and sheets.
 */
public final class NewWorkbook {
    /** The most cells a workbook is held in memory for (some tens of MB of heap at most). */
    public static final long IN_MEMORY = 50_000;

    private NewWorkbook() {
    }

    /** A workbook for about this many cells. */
    public static Workbook forCells(long cells) {
        return cells <= IN_MEMORY ? inMemory() : streaming();
    }

    /**
     * A workbook held in memory. New workbooks name no author: POI would name itself ("Apache
     * POI"), which Excel shows as the file's 作者; a document's table names its office ({@link #describe}).
     */
    public static XSSFWorkbook inMemory() {
        return anonymous(new XSSFWorkbook());
    }

    /** A streaming workbook, 200 rows in memory, its entries stamped ({@link Stamp#streaming}); no author. */
    public static SXSSFWorkbook streaming() {
        return streaming(200);
    }

    /** A streaming workbook keeping {@code window} rows of each sheet in memory. */
    public static SXSSFWorkbook streaming(int window) {
        SXSSFWorkbook wb = Stamp.streaming(window);
        anonymous(wb.getXSSFWorkbook());
        return wb;
    }

    /** Names the workbook's author (none when null) and title, as Excel shows them under 属性. */
    public static void describe(Workbook wb, String author, String title) {
        POIXMLProperties.CoreProperties p = xssf(wb).getProperties().getCoreProperties();
        p.setCreator(author);
        p.setTitle(title);
    }

    private static XSSFWorkbook anonymous(XSSFWorkbook wb) {
        wb.getProperties().getCoreProperties().setCreator(null);
        return wb;
    }

    private static XSSFWorkbook xssf(Workbook wb) {
        return wb instanceof SXSSFWorkbook s ? s.getXSSFWorkbook() : (XSSFWorkbook) wb;
    }

    public static void write(Workbook wb, OutputStream out) throws IOException {
        if (wb instanceof SXSSFWorkbook s) {
            Stamp.apply(s.getXSSFWorkbook());
            s.write(out); // its entries stamped by the zip stream it makes (Stamp.streaming)
        } else {
            Stamp.write((XSSFWorkbook) wb, out);
        }
    }

    /** Closes the workbook (a streaming one's temporary files are removed by its close). */
    public static void close(Workbook wb) throws IOException {
        wb.close();
    }
}
