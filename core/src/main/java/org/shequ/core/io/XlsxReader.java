package org.shequ.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams an XLSX sheet with POI's SAX event API, so a national sheet is never held in memory.
 * Formula cells give their cached values; numbers and dates go through the
 * {@link CanonicalFormatter}. The sheet is the one named, or the first whose top rows hold a
 * header the handler recognises. POI's zip-bomb and external-entity protections stay on.
 */
public final class XlsxReader implements TableReader {
    private final ReadLimits limits;

    public XlsxReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public void read(SourceFile file, TableHandler handler) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.path().toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            List<String> names = sheetNames(reader);
            int chosen = choose(file, names, reader, styles, strings, handler);
            if (chosen < 0) {
                return;
            }
            handler.begin(names.get(chosen), Shape.SHEET);
            try (InputStream sheet = sheetStream(reader, chosen)) {
                parse(sheet, styles, strings, new Rows(handler, Integer.MAX_VALUE, limits));
            } catch (Stop stop) {
                // the handler asked to stop
            } finally {
                handler.end();
            }
        } catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | SAXException
                 | ParserConfigurationException | IllegalArgumentException | IllegalStateException
                 | IOException e) {
            handler.begin(null, Shape.SHEET);
            handler.problem(ReadProblem.of(0, Workbooks.problemKey(e), Workbooks.detail(e)));
            handler.end();
        }
    }

    private int choose(SourceFile file, List<String> names, XSSFReader reader, StylesTable styles,
                       ReadOnlySharedStringsTable strings, TableHandler handler)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        if (file.sheet() != null) {
            int i = names.indexOf(file.sheet());
            if (i < 0) {
                handler.begin(null, Shape.SHEET);
                handler.problem(ReadProblem.of(0, "DATA-PARSE.noSuchSheet", file.sheet(), String.join("、", names)));
                handler.end();
            }
            return i;
        }
        for (int i = 0; i < names.size(); i++) {
            Sniffer sniffer = new Sniffer(handler);
            try (InputStream sheet = sheetStream(reader, i)) {
                parse(sheet, styles, strings, new Rows(sniffer, limits.headerScanRows(), limits));
            } catch (Stop stop) {
                // enough rows seen
            }
            if (sniffer.found) {
                return i;
            }
        }
        return names.isEmpty() ? -1 : 0;
    }

    private static List<String> sheetNames(XSSFReader reader) throws IOException, OpenXML4JException {
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream ignored = it.next()) {
                names.add(it.getSheetName());
            }
        }
        return names;
    }

    private static InputStream sheetStream(XSSFReader reader, int index) throws IOException, OpenXML4JException {
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        for (int i = 0; it.hasNext(); i++) {
            InputStream s = it.next();
            if (i == index) {
                return s;
            }
            s.close();
        }
        throw new IllegalStateException("sheet " + index);
    }

    private static void parse(InputStream sheet, StylesTable styles, ReadOnlySharedStringsTable strings,
                              Rows rows) throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new CanonicalFormatter(), false));
        xml.parse(new InputSource(sheet));
    }

    /** Collects whether any of the first rows is a header the real handler recognises. */
    private static final class Sniffer implements TableHandler {
        private final TableHandler target;
        private boolean found;

        Sniffer(TableHandler target) {
            this.target = target;
        }

        @Override public void begin(String sheet, Shape shape) { }
        @Override public void problem(ReadProblem problem) { }
        @Override public void end() { }
        @Override public boolean recognises(List<String> cells) { return target.recognises(cells); }

        @Override
        public boolean row(RawRow row) {
            found = found || target.recognises(List.of(row.cells()));
            return !found;
        }
    }

    /** Turns POI's cell events into rows, with empty cells where a row skips columns. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final TableHandler handler;
        private final int maxRows;
        private final ReadLimits limits;
        private final List<String> cells = new ArrayList<>();
        private int seen;
        private int nextColumn;

        Rows(TableHandler handler, int maxRows, ReadLimits limits) {
            this.handler = handler;
            this.maxRows = maxRows;
            this.limits = limits;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            RawRow row = new RawRow(rowNum + 1, cells.toArray(String[]::new));
            seen++;
            if (!handler.row(row) || seen >= maxRows) {
                throw new Stop();
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? nextColumn : new CellReference(ref).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            if (value != null && value.length() > limits.maxCellChars()) {
                handler.problem(ReadProblem.of(new CellReference(ref).getRow() + 1, "DATA-PARSE.cellTooLong",
                        col + 1, value.length(), limits.maxCellChars()));
                value = "";
            }
            cells.add(value == null ? "" : value);
            nextColumn = col + 1;
        }
    }

    /** Thrown from inside the SAX parse to stop reading a sheet early. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
