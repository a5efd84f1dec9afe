package org.shequ.core.io;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamReader2;
import java.io.IOException;
import java.io.Writer;

/**
 * Reading one XML part of a workbook (a sheet, the shared strings, the styles, the workbook) as a
 * stream of events, with the guards every part shares: no DTD or entity is followed, and a stretch of
 * text longer than {@link #MAX_TEXT} characters refuses the part instead of filling the heap.
 */
final class WorkbookPart {
    private WorkbookPart() {
    }

    private static final XMLInputFactory FACTORY = factory();

    private static XMLInputFactory factory() {
        XMLInputFactory f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /** What a reader of a workbook part is handed: the elements of the spreadsheet namespace, and text. */
    interface Events {
        void start(String localName, XMLStreamReader element) throws XMLStreamException;

        void end(String localName);

        void text(char[] chars, int start, int length);
    }

    /**
     * Reads a part of a workbook ({@code what}: "sheet", "shared strings") to its end, or until
     * {@code events} throws; a DOCTYPE or an entity reference refuses it.
     */
    static void walk(InputStream part, String what, Events events) throws XMLStreamException {
        XMLStreamReader r = FACTORY.createXMLStreamReader(part);
        try {
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (SheetXml.MAIN.equals(r.getNamespaceURI())) {
                            events.start(r.getLocalName(), r);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (SheetXml.MAIN.equals(r.getNamespaceURI())) {
                            events.end(r.getLocalName());
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text(r, events, what);
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new XMLStreamException("a DOCTYPE or an entity reference in the " + what + "; refused", r.getLocation());
                    default -> { }
                }
            }
        } finally {
            r.close();
        }
    }

    /**
     * The most text one stretch of a part may hold (16 M characters: no cell comes near it; Excel's own
     * limit is 32,767). A 60 MB cell or 100 MB of white space is refused for its file, a DATA-PARSE
     * finding, before it is held in memory: the run goes on with the other files.
     */
    static final int MAX_TEXT = 16 << 20;

    /**
     * A stretch of text handed over in pieces as the parser reads it (Stax2's {@code getText(Writer)}),
     * never as one buffer of the whole; beyond {@link #MAX_TEXT} the part is refused.
     */
    private static void text(XMLStreamReader r, Events events, String what) throws XMLStreamException {
        if (!(r instanceof org.codehaus.stax2.XMLStreamReader2 r2)) {
            events.text(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            return;
        }
        long[] seen = {0};
        try {
            r2.getText(new Writer() {
                @Override
                public void write(char[] cbuf, int off, int len) throws IOException {
                    seen[0] += len;
                    if (seen[0] > MAX_TEXT) {
                        throw new TextTooLong();
                    }
                    events.text(cbuf, off, len);
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            }, false);
        } catch (TextTooLong e) {
            throw tooLong(r, what);
        } catch (IOException e) {
            throw new XMLStreamException(e.getMessage(), r.getLocation(), e);
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof TextTooLong || e.getNestedException() instanceof TextTooLong) {
                throw tooLong(r, what);
            }
            throw e;
        }
    }

    private static XMLStreamException tooLong(XMLStreamReader r, String what) {
        return new XMLStreamException("a stretch of text longer than " + MAX_TEXT + " characters in the " + what + "; refused",
                r.getLocation());
    }

    /** Thrown from inside the parser when a stretch of text runs past {@link #MAX_TEXT}. */
    private static final class TextTooLong extends IOException {
        TextTooLong() {
            super("text too long", null);
        }
    }
}
