package org.shequ.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * The number style of each cell format of a workbook ({@code cellXfs} in styles.xml), read with StAX:
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

    static CellFormats read(InputStream stylesXml, boolean date1904) throws IOException, XMLStreamException {
        if (stylesXml == null) {
            return none();
        }
        Handler h = new Handler();
        WorkbookPart.walk(stylesXml, "styles", h);
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

    private static final class Handler implements WorkbookPart.Events {
        private final Map<Integer, String> custom = new HashMap<>();
        private final List<Integer> xfs = new ArrayList<>();
        private boolean inCellXfs;

        @Override
        public void start(String localName, XMLStreamReader a) {
            switch (localName) {
                case "numFmt" -> {
                    String id = a.getAttributeValue(null, "numFmtId");
                    if (id != null) {
                        custom.put(Integer.parseInt(id.trim()), a.getAttributeValue(null, "formatCode"));
                    }
                }
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs) {
                        String id = a.getAttributeValue(null, "numFmtId");
                        xfs.add(id == null ? 0 : Integer.parseInt(id.trim()));
                    }
                }
                default -> { }
            }
        }

        @Override
        public void end(String localName) {
            if (localName.equals("cellXfs")) {
                inCellXfs = false;
            }
        }

        @Override
        public void text(char[] chars, int start, int length) {
        }
    }
}
