package org.shequ.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.ss.util.CellReference;

/**
 * Streams an XLSX sheet with SAX ({@link SheetXml} over POI's package, shared strings and styles),
 * so a national sheet is never held in memory. Formula cells give their cached values; numbers and
 * dates read as the {@link CanonicalFormatter} writes them. The sheets read are chosen by {@link SheetChoice}. POI's zip-bomb
 * and external-entity protections stay on.
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
            SharedText strings = SharedText.of(pkg);
            Book book = book(reader);
            List<SheetChoice.Sheet> sheets = book.sheets();
            CellFormats styles = styles(pkg, book.date1904());
            List<Integer> chosen = SheetChoice.choose(sheets, file.sheets(),
                    i -> hasHeader(reader, i, styles, strings, handler), handler);
            for (int i : chosen) {
                handler.begin(sheets.get(i).name(), Shape.SHEET);
                try {
                    List<Span> spans = spans(reader, i);
                    if (spans != null) {
                        handler.spans(spans);
                    }
                    SheetXml cells = new SheetXml(strings, styles, new Rows(handler, Integer.MAX_VALUE, limits));
                    try (InputStream sheet = new ReadAhead(sheetStream(reader, i), "shequ-inflater")) {
                        cells.read(sheet);
                    } catch (Stop stop) {
                        // the handler asked to stop
                    }
                    if (book.recalculate() && cells.savedFormulas() > 0) {
                        int[] first = cells.firstSavedFormula();
                        handler.warning(ReadProblem.of(first[0], "DATA-PARSE.staleFormulas", cells.savedFormulas(),
                                CellReference.convertNumToColString(first[1]) + first[0]));
                    }
                } catch (Exception | NoClassDefFoundError e) {
                    // damaged inside this sheet: said of the sheet (not also "empty"), and the workbook read no further
                    handler.problem(ReadProblem.of(0, Workbooks.problemKey(e), Workbooks.detail(e)));
                    return;
                } finally {
                    handler.end();
                }
            }
        } catch (OpenXML4JException | XMLStreamException | IOException
                 | RuntimeException | NoClassDefFoundError e) {
            // POI's own exceptions, the NullPointerException and the like it throws on a damaged package, and a
            // zip entry compressed with a codec that is not bundled: a damaged file, never a crash of the run
            handler.begin(null, Shape.SHEET);
            handler.problem(ReadProblem.of(0, Workbooks.problemKey(e), Workbooks.detail(e)));
            handler.end();
        }
    }

    /** Whether any of the sheet's first rows is a header the handler recognises. */
    private boolean hasHeader(XSSFReader reader, int index, CellFormats styles, SharedText strings,
                              TableHandler handler) {
        Sniffer sniffer = new Sniffer(handler);
        try (InputStream sheet = sheetStream(reader, index)) {
            parse(sheet, styles, strings, new Rows(sniffer, limits.headerScanRows(), limits));
        } catch (Stop stop) {
            // enough rows seen
        } catch (IOException | OpenXML4JException | XMLStreamException e) {
            throw new POIXMLException(e.getMessage(), e);
        }
        return sniffer.found;
    }

    /** The number styles of the workbook's cell formats, from its styles part (found as POI finds it: by content type). */
    private static CellFormats styles(OPCPackage pkg, boolean date1904) throws IOException, XMLStreamException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return CellFormats.none();
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return CellFormats.read(in, date1904);
        }
    }

    /**
     * What workbook.xml says: the sheets in order with their visibility, whether dates count from
     * 1904, and whether the workbook asks to be recalculated when opened ({@code fullCalcOnLoad}) or
     * says it was not recalculated before saving ({@code calcCompleted="0"}): programs that write
     * formulas without calculating them say so (xlsxwriter saves 0 for every formula), and the values
     * saved for the formulas are then not what the formulas give.
     */
    private record Book(List<SheetChoice.Sheet> sheets, boolean date1904, boolean recalculate) {
    }

    /** The workbook's sheets and date system, read with StAX (not XMLBeans). */
    private static Book book(XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
        Map<String, SheetChoice.Skip> hidden = new HashMap<>();
        boolean[] date1904 = {false};
        boolean[] recalculate = {false};
        try (InputStream wb = reader.getWorkbookData()) {
            WorkbookPart.walk(wb, "workbook", (Starts) (localName, a) -> {
                if ("workbookPr".equals(localName)) {
                    String d = a.getAttributeValue(null, "date1904");
                    date1904[0] = "1".equals(d) || "true".equals(d);
                }
                if ("calcPr".equals(localName)) {
                    String full = a.getAttributeValue(null, "fullCalcOnLoad");
                    String completed = a.getAttributeValue(null, "calcCompleted"); // "not recalculated before saving"
                    recalculate[0] = "1".equals(full) || "true".equals(full) || "0".equals(completed) || "false".equals(completed);
                }
                String name = a.getAttributeValue(null, "name");
                if ("sheet".equals(localName) && name != null) {
                    String state = a.getAttributeValue(null, "state");
                    if ("hidden".equals(state)) {
                        hidden.put(name, SheetChoice.Skip.HIDDEN);
                    } else if ("veryHidden".equals(state)) {
                        hidden.put(name, SheetChoice.Skip.VERY_HIDDEN);
                    }
                }
            });
        }
        List<SheetChoice.Sheet> sheets = new ArrayList<>();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream ignored = it.next()) {
                sheets.add(new SheetChoice.Sheet(it.getSheetName(), hidden.get(it.getSheetName())));
            }
        }
        return new Book(sheets, date1904[0], recalculate[0]);
    }

    /**
     * The merged ranges of a sheet. Excel writes them after the rows, so they cost a second pass
     * over the sheet: taken for sheets up to {@link #SPAN_SCAN_BYTES} (a township's or county's
     * sheet), not for a national one, whose header band is then read from its layout alone.
     */
    private static List<Span> spans(XSSFReader reader, int index) throws IOException, OpenXML4JException, XMLStreamException {
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        for (int i = 0; it.hasNext(); i++) {
            try (InputStream s = it.next()) {
                if (i == index) {
                    long size = it.getSheetPart().getSize();
                    if (size < 0 || size > SPAN_SCAN_BYTES) {
                        return null;
                    }
                    List<Span> spans = new ArrayList<>();
                    WorkbookPart.walk(s, "sheet", (Starts) (localName, a) -> {
                        String ref = a.getAttributeValue(null, "ref");
                        if ("mergeCell".equals(localName) && ref != null) {
                            CellRangeAddress r = CellRangeAddress.valueOf(ref);
                            spans.add(new Span(r.getFirstRow() + 1, r.getLastRow() + 1, r.getFirstColumn(), r.getLastColumn()));
                        }
                    });
                    return spans;
                }
            }
        }
        return null;
    }

    private static final long SPAN_SCAN_BYTES = 8L << 20;

    /** The elements' starts only: what workbook.xml and the merged cells of a sheet are read for. */
    private interface Starts extends WorkbookPart.Events {
        @Override
        default void end(String localName) {
        }

        @Override
        default void text(char[] chars, int start, int length) {
        }
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

    private static void parse(InputStream sheet, CellFormats styles, SharedText strings, Rows rows)
            throws XMLStreamException {
        new SheetXml(strings, styles, rows).read(sheet);
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

    /** Turns the sheet's cells into rows, with empty cells where a row skips columns. */
    private static final class Rows implements SheetXml.Cells {
        private final TableHandler handler;
        private final int maxRows;
        private final ReadLimits limits;
        private final List<String> cells = new ArrayList<>();
        private int seen;

        Rows(TableHandler handler, int maxRows, ReadLimits limits) {
            this.handler = handler;
            this.maxRows = maxRows;
            this.limits = limits;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
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
        public void cell(int row, int col, String value) {
            while (cells.size() < col) {
                cells.add("");
            }
            if (value.length() > limits.maxCellChars()) {
                handler.problem(ReadProblem.of(row + 1, "DATA-PARSE.cellTooLong", col + 1, value.length(), limits.maxCellChars()));
                value = "";
            }
            if (col < cells.size()) {
                cells.set(col, value); // the same cell written twice, or out of order: the later one, as Excel shows
            } else {
                cells.add(value);
            }
        }
    }

    /** Thrown from inside the SAX parse to stop reading a sheet early. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
