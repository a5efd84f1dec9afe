package org.shequ.core.output;

import org.shequ.core.io.Visible;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Severity;

/**
 * JUnit XML for CI dashboards: a test suite per file, a failing test case per error or
 * warning, a skipped one per info finding, and one passing case for a file with no findings.
 */
final class JunitWriter implements FindingsWriter {

    @Override
    public void write(Report report, View view, Writer out) throws IOException {
        // findings come sorted by file: count each file's first, then write its suite as they stream past
        Map<String, long[]> byFile = new LinkedHashMap<>();
        long tests = 0;
        long failures = 0;
        for (Finding f : view.shown(report)) {
            long[] n = byFile.computeIfAbsent(Objects.toString(f.location().file(), "-"), k -> new long[2]);
            n[0]++;
            tests++;
            if (f.severity() != Severity.INFO) {
                n[1]++;
                failures++;
            }
        }
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "shequ");
            x.writeAttribute("tests", Long.toString(Math.max(1, tests)));
            x.writeAttribute("failures", Long.toString(failures));
            x.writeCharacters("\n");
            if (byFile.isEmpty()) {
                open(x, "shequ", new long[2]);
                close(x);
            }
            String file = null;
            for (Finding f : view.shown(report)) {
                String name = Objects.toString(f.location().file(), "-");
                if (!name.equals(file)) {
                    if (file != null) {
                        close(x);
                    }
                    file = name;
                    open(x, file, byFile.get(file));
                }
                testcase(x, file, f, view);
            }
            if (file != null) {
                close(x);
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void open(XMLStreamWriter x, String name, long[] counts) throws XMLStreamException {
        String file = Visible.line(name); // an XML 1.0 attribute can hold no control character, and a name no line break
        x.writeCharacters("  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", file);
        x.writeAttribute("tests", Long.toString(Math.max(1, counts[0])));
        x.writeAttribute("failures", Long.toString(counts[1]));
        x.writeAttribute("skipped", Long.toString(counts[0] - counts[1]));
        x.writeCharacters("\n");
        if (counts[0] == 0) {
            x.writeCharacters("    ");
            x.writeEmptyElement("testcase");
            x.writeAttribute("classname", file);
            x.writeAttribute("name", "validate");
            x.writeCharacters("\n");
        }
    }

    private static void testcase(XMLStreamWriter x, String name, Finding f, View view) throws XMLStreamException {
        String file = Visible.line(name);
        x.writeCharacters("    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", file);
        x.writeAttribute("name", Visible.line(f.rule() + " " + (f.location().sheet() == null ? "" : f.location().sheet() + "!")
                + "line " + f.location().line() + (f.location().field() == null ? "" : " " + f.location().field())));
        String text = Visible.line(view.message(f));
        if (f.severity() == Severity.INFO) {
            x.writeStartElement("skipped");
            x.writeAttribute("message", text);
            x.writeEndElement();
        } else {
            x.writeStartElement("failure");
            x.writeAttribute("type", f.rule());
            x.writeAttribute("message", text);
            x.writeCharacters(f.severity().key() + ": " + text + (f.unit() == null ? "" : " [" + Visible.line(f.unit()) + "]"));
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    private static void close(XMLStreamWriter x) throws XMLStreamException {
        x.writeCharacters("  ");
        x.writeEndElement();
        x.writeCharacters("\n");
    }
}
