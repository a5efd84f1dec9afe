package org.shequ.core.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.shequ.core.io.Stamp;
import java.util.Optional;
import com.fasterxml.aalto.stax.OutputFactoryImpl;

/**
 * A Word package of the parts a document of shequ's has: the body, its styles, its settings and
 * two footers (odd and even pages). The parts are written as WordprocessingML through StAX and
 * packed by POI's OPC layer, without building XWPF's object model: that model loads the type
 * system of all of OOXML first (a quarter of a second of a county document, see docs/performance.md).
 */
final class DocxPackage {
    private static final String CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final XMLOutputFactory XML = new OutputFactoryImpl();

    /** What the body's section says of the page, and how the parts are filled. */
    interface Content {
        void styles(XMLStreamWriter x) throws XMLStreamException;

        void settings(XMLStreamWriter x) throws XMLStreamException;

        /** The footer's paragraphs, for odd ({@code even} false) or even pages. */
        List<Wml.Block> footer(boolean even);

        /** The first page's own footer (a letter's), or null when the first page is as the others. */
        List<Wml.Block> firstFooter();

        /** The charts the body shows, each a part of its own. */
        List<DocxChart> charts();

        List<Wml.Block> body();

        /** The section's properties after the footer references (page size, margins, grid). */
        void section(XMLStreamWriter x) throws XMLStreamException;

        /** The document's title, as Word shows it under 属性 (the first level-1 heading). */
        String title();

        /** Its author: the office that issues it, or null when the document names none. */
        String author();
    }

    private DocxPackage() {
    }

    static void write(Content content, OutputStream out) throws IOException {
        OPCPackage pkg = OPCPackage.create(OutputStream.nullOutputStream());
        try {
            PackagePart document = part(pkg, "/word/document.xml", CT + "document.main+xml");
            pkg.addRelationship(document.getPartName(), TargetMode.INTERNAL, PackageRelationshipTypes.CORE_DOCUMENT, "rId1");
            write(part(pkg, "/word/settings.xml", CT + "settings+xml"), document, "settings", "rId1", x -> {
                x.writeStartElement("w", "settings", Wml.W);
                x.writeNamespace("w", Wml.W);
                content.settings(x);
                x.writeEndElement();
            });
            write(part(pkg, "/word/styles.xml", CT + "styles+xml"), document, "styles", "rId2", x -> {
                x.writeStartElement("w", "styles", Wml.W);
                x.writeNamespace("w", Wml.W);
                content.styles(x);
                x.writeEndElement();
            });
            List<Wml.Block> first = content.firstFooter();
            for (int f = 0; f < (first == null ? 2 : 3); f++) {
                List<Wml.Block> blocks = f == 2 ? first : content.footer(f == 1);
                write(part(pkg, "/word/footer" + (f + 1) + ".xml", CT + "footer+xml"), document, "footer", "rId" + (3 + f), x -> {
                    x.writeStartElement("w", "ftr", Wml.W);
                    x.writeNamespace("w", Wml.W);
                    for (Wml.Block b : blocks) {
                        b.write(x);
                    }
                    x.writeEndElement();
                });
            }
            for (DocxChart chart : content.charts()) {
                write(part(pkg, "/word/charts/chart" + chart.number() + ".xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"),
                        document, "chart", chart.id(), chart::write);
            }
            write(document, null, null, null, x -> {
                x.writeStartElement("w", "document", Wml.W);
                x.writeNamespace("w", Wml.W);
                x.writeNamespace("r", Wml.R);
                x.writeStartElement("w", "body", Wml.W);
                for (Wml.Block b : content.body()) {
                    b.write(x);
                }
                x.writeStartElement("w", "sectPr", Wml.W);
                String[][] refs = first == null ? new String[][] {{"default", "rId3"}, {"even", "rId4"}}
                        : new String[][] {{"default", "rId3"}, {"even", "rId4"}, {"first", "rId5"}};
                for (String[] ref : refs) {
                    x.writeEmptyElement("w", "footerReference", Wml.W);
                    Wml.attribute(x, "type", ref[0]);
                    x.writeAttribute("r", Wml.R, "id", ref[1]);
                }
                content.section(x);
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndElement();
            });
            // POI's OPC layer would name itself the author ("Generated by Apache POI OpenXML4J")
            pkg.getPackageProperties().setCreatorProperty(Optional.ofNullable(content.author()));
            pkg.getPackageProperties().setTitleProperty(Optional.ofNullable(content.title()));
            Stamp.write(pkg, out);
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        } finally {
            pkg.revert();
        }
    }

    private interface Xml {
        void write(XMLStreamWriter x) throws XMLStreamException;
    }

    private static PackagePart part(OPCPackage pkg, String name, String contentType) throws InvalidFormatException {
        return pkg.createPart(PackagingURIHelper.createPartName(name), contentType);
    }

    /** Writes the part's XML and, when {@code from} is given, relates it to that part under the id. */
    private static void write(PackagePart part, PackagePart from, String relation, String id, Xml body) throws IOException {
        if (from != null) {
            PackagePartName name = part.getPartName();
            from.addRelationship(name, TargetMode.INTERNAL, REL + relation, id);
        }
        try (OutputStream s = part.getOutputStream()) {
            XMLStreamWriter x = XML.createXMLStreamWriter(s, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            body.write(x);
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
