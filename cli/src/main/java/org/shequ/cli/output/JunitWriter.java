package org.shequ.cli.output;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
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
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : view.shown(report)) {
            byFile.computeIfAbsent(Objects.toString(f.location().file(), "-"), k -> new java.util.ArrayList<>()).add(f);
        }
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "shequ");
            x.writeAttribute("tests", Integer.toString(Math.max(1, view.shown(report).size())));
            x.writeAttribute("failures", Long.toString(failures(view.shown(report))));
            x.writeCharacters("\n");
            if (byFile.isEmpty()) {
                suite(x, "shequ", List.of(), view);
            }
            for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
                suite(x, e.getKey(), e.getValue(), view);
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static long failures(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() != Severity.INFO).count();
    }

    private static void suite(XMLStreamWriter x, String file, List<Finding> findings, View view) throws XMLStreamException {
        x.writeCharacters("  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", file);
        x.writeAttribute("tests", Integer.toString(Math.max(1, findings.size())));
        x.writeAttribute("failures", Long.toString(failures(findings)));
        x.writeAttribute("skipped", Long.toString(findings.size() - failures(findings)));
        x.writeCharacters("\n");
        if (findings.isEmpty()) {
            x.writeCharacters("    ");
            x.writeEmptyElement("testcase");
            x.writeAttribute("classname", file);
            x.writeAttribute("name", "validate");
            x.writeCharacters("\n");
        }
        for (Finding f : findings) {
            x.writeCharacters("    ");
            x.writeStartElement("testcase");
            x.writeAttribute("classname", file);
            x.writeAttribute("name", f.rule() + " " + (f.location().sheet() == null ? "" : f.location().sheet() + "!")
                    + "line " + f.location().line() + (f.location().field() == null ? "" : " " + f.location().field()));
            String text = view.message(f);
            if (f.severity() == Severity.INFO) {
                x.writeStartElement("skipped");
                x.writeAttribute("message", text);
                x.writeEndElement();
            } else {
                x.writeStartElement("failure");
                x.writeAttribute("type", f.rule());
                x.writeAttribute("message", text);
                x.writeCharacters(f.severity().key() + ": " + text + (f.unit() == null ? "" : " [" + f.unit() + "]"));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeCharacters("\n");
        }
        x.writeCharacters("  ");
        x.writeEndElement();
        x.writeCharacters("\n");
    }
}
