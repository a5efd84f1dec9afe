package org.shequ.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * A workbook's shared strings ({@code sharedStrings.xml}), read with the sheet's StAX parser: the
 * text of each {@code si} (its {@code t} elements, phonetic runs left out), as POI's
 * {@code ReadOnlySharedStringsTable} reads it, and decoded as its {@code XSSFRichTextString} decodes
 * it when asked for. Without XMLBeans, whose set-up (a rich-text string per cell read) was a tenth
 * of a county run's start.
 */
final class SharedText {
    private final String[] strings;
    /** Whether the string at an index has had its {@code _xHHHH_} escapes decoded. */
    private final boolean[] decoded;

    private SharedText(List<String> strings) {
        this.strings = strings.toArray(String[]::new);
        this.decoded = new boolean[this.strings.length];
    }

    static SharedText none() {
        return new SharedText(List.of());
    }

    /** The package's shared strings, found as POI finds them (by content type); none when it has none. */
    static SharedText of(OPCPackage pkg) throws IOException, XMLStreamException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return none();
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return read(in);
        }
    }

    static SharedText read(InputStream xml) throws IOException, XMLStreamException {
        PushbackInputStream in = new PushbackInputStream(xml, 1);
        int first = in.read();
        if (first < 0) {
            return none(); // an empty part: no strings
        }
        in.unread(first);
        Collect collect = new Collect();
        WorkbookPart.walk(in, "shared strings", collect);
        return new SharedText(collect.strings);
    }

    /** The text of each {@code si}: its {@code t} elements, phonetic runs ({@code rPh}) left out. */
    private static final class Collect implements WorkbookPart.Events {
        private final List<String> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder(64);
        private boolean table;
        private boolean open;
        private boolean phonetic;

        @Override
        public void start(String localName, XMLStreamReader element) {
            switch (localName) {
                case "sst" -> table = true;
                case "si" -> text.setLength(0);
                case "t" -> open = true;
                case "rPh" -> phonetic = true;
                default -> { }
            }
        }

        @Override
        public void end(String localName) {
            switch (localName) {
                case "si" -> {
                    if (table) {
                        strings.add(text.toString());
                    }
                }
                case "t" -> open = false;
                case "rPh" -> phonetic = false;
                default -> { }
            }
        }

        @Override
        public void text(char[] chars, int start, int length) {
            if (open && !phonetic) {
                text.append(chars, start, length);
            }
        }
    }

    int size() {
        return strings.length;
    }

    /** The string at {@code index}; an index beyond the table fails the sheet, as POI's table does. */
    String get(int index) {
        if (index < 0 || index >= strings.length) {
            throw new IllegalStateException("Cannot get item at " + index + " of " + strings.length + " shared strings");
        }
        if (!decoded[index]) {
            String s = strings[index];
            if (s.contains("_x")) {
                strings[index] = new XSSFRichTextString(s).getString();
            }
            decoded[index] = true;
        }
        return strings[index];
    }
}
