package org.shequ.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number style of each cell format of a workbook ({@code cellXfs} in styles.xml), read with SAX:
 * what a cell's {@code s} index means for its text. POI's {@code StylesTable} would give the same
 * through XMLBeans, whose set-up is a large part of a short run on a workbook.
 */
final class CellFormats {
    private final List<NumberStyle> styles;

    private CellFormats(List<NumberStyle> styles) {
        this.styles = styles;
    }

    static CellFormats none() {
        return new CellFormats(List.of());
    }

    static CellFormats read(InputStream stylesXml, boolean date1904)
            throws IOException, SAXException, javax.xml.parsers.ParserConfigurationException {
        if (stylesXml == null) {
            return none();
        }
        Handler h = new Handler();
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(h);
        xml.parse(new InputSource(stylesXml));
        List<NumberStyle> styles = new ArrayList<>();
        for (int id : h.xfs) {
            String format = h.custom.containsKey(id) ? h.custom.get(id) : BuiltinFormats.getBuiltinFormat(id);
            styles.add(format == null ? null : NumberStyle.of(id, format, date1904));
        }
        return new CellFormats(styles);
    }

    /** The style of a cell's {@code s} index (absent: 0, the first format), or null: the number as written. */
    NumberStyle of(int index) {
        return index >= 0 && index < styles.size() ? styles.get(index) : null;
    }

    private static final class Handler extends DefaultHandler {
        private final Map<Integer, String> custom = new HashMap<>();
        private final List<Integer> xfs = new ArrayList<>();
        private boolean inCellXfs;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            switch (localName) {
                case "numFmt" -> {
                    String id = a.getValue("numFmtId");
                    if (id != null) {
                        custom.put(Integer.parseInt(id.trim()), a.getValue("formatCode"));
                    }
                }
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs) {
                        String id = a.getValue("numFmtId");
                        xfs.add(id == null ? 0 : Integer.parseInt(id.trim()));
                    }
                }
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (localName.equals("cellXfs")) {
                inCellXfs = false;
            }
        }
    }
}
