package org.shequ.core.render;

import org.shequ.core.Words;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.math.BigDecimal;

/**
 * A {@link Chart} as a native Word chart (DrawingML, the chart part Word and LibreOffice draw and
 * let the reader restyle): a clustered bar chart ({@code bar}: horizontal, the first label at the
 * top) or column chart ({@code column}), one series in the red of the HTML's bars, each bar
 * labelled with its value in the chart's number format, the data held in the part itself
 * (literal values, no embedded workbook), the axis text in the document's fonts. Its size in the
 * page follows the number of bars. The HTML's reference line is said in the caption's table
 * instead (Word's charts have no such line without a second series).
 */
final class DocxChart {
    static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String URI = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    /** English Metric Units: 635 to a twip. */
    static final long EMU_PER_TWIP = 635;

    private final Chart chart;
    private final String id;
    private final int number;

    DocxChart(Chart chart, int number) {
        this.chart = chart;
        this.number = number;
        this.id = "rIdChart" + number;
    }

    String id() {
        return id;
    }

    int number() {
        return number;
    }

    /** Width in EMU: the text's width. */
    long width() {
        return DocxWriter.TEXT_WIDTH * EMU_PER_TWIP;
    }

    /** Height in EMU: a horizontal bar chart 0.8 cm a bar and 2 cm more; a column chart 7 cm. */
    long height() {
        double cm = "bar".equals(chart.type()) ? 2 + 0.8 * Math.max(1, chart.data().size()) : 7;
        return Math.round(cm * 360000);
    }

    /** The Excel number format of the values as the chart labels them: the chart's decimals, a % sign. */
    String format() {
        String number = chart.decimals() == 0 ? "#,##0" : "#,##0." + "0".repeat(chart.decimals());
        return "%".equals(chart.unit()) ? number + "\"%\"" : number;
    }

    /** The chart part. */
    void write(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement("c", "chartSpace", C);
        x.writeNamespace("c", C);
        x.writeNamespace("a", A);
        value(x, "roundedCorners", "0");
        x.writeStartElement("c", "chart", C);
        value(x, "autoTitleDeleted", "1"); // the caption above the chart is its title
        x.writeStartElement("c", "plotArea", C);
        x.writeEmptyElement("c", "layout", C);
        x.writeStartElement("c", "barChart", C);
        boolean bars = "bar".equals(chart.type());
        value(x, "barDir", bars ? "bar" : "col");
        value(x, "grouping", "clustered");
        value(x, "varyColors", "0");
        series(x);
        value(x, "gapWidth", "60");
        value(x, "axId", "1");
        value(x, "axId", "2");
        x.writeEndElement();
        categoryAxis(x, bars);
        valueAxis(x, bars);
        x.writeEndElement();
        value(x, "plotVisOnly", "1");
        value(x, "dispBlanksAs", "gap");
        x.writeEndElement();
        text(x, 1200);
        x.writeEndElement();
    }

    private void series(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement("c", "ser", C);
        value(x, "idx", "0");
        value(x, "order", "0");
        x.writeStartElement("c", "tx", C);
        x.writeStartElement("c", "v", C);
        x.writeCharacters(Wml.Run.xml(chart.title()));
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement("c", "spPr", C);
        fill(x, "B5383A");
        x.writeEndElement();
        value(x, "invertIfNegative", "0");
        x.writeStartElement("c", "dLbls", C);
        numberFormat(x, format());
        x.writeStartElement("c", "spPr", C);
        x.writeEmptyElement("a", "noFill", A);
        x.writeStartElement("a", "ln", A);
        x.writeEmptyElement("a", "noFill", A);
        x.writeEndElement();
        x.writeEndElement();
        text(x, 1050);
        value(x, "dLblPos", "outEnd");
        for (String show : new String[] {"showLegendKey", "showVal", "showCatName", "showSerName", "showPercent", "showBubbleSize"}) {
            value(x, show, show.equals("showVal") ? "1" : "0");
        }
        x.writeEndElement();
        x.writeStartElement("c", "cat", C);
        x.writeStartElement("c", "strLit", C);
        value(x, "ptCount", String.valueOf(chart.data().size()));
        for (int i = 0; i < chart.data().size(); i++) {
            point(x, i, Wml.Run.xml(chart.data().get(i).label()));
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement("c", "val", C);
        x.writeStartElement("c", "numLit", C);
        x.writeStartElement("c", "formatCode", C);
        x.writeCharacters("General");
        x.writeEndElement();
        value(x, "ptCount", String.valueOf(chart.data().size()));
        for (int i = 0; i < chart.data().size(); i++) {
            point(x, i, plain(chart.data().get(i).value()));
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void categoryAxis(XMLStreamWriter x, boolean bars) throws XMLStreamException {
        x.writeStartElement("c", "catAx", C);
        value(x, "axId", "1");
        x.writeStartElement("c", "scaling", C);
        value(x, "orientation", bars ? "maxMin" : "minMax"); // horizontal bars: the first label on top, as in the HTML
        x.writeEndElement();
        value(x, "delete", "0");
        value(x, "axPos", bars ? "l" : "b");
        value(x, "majorTickMark", "none");
        value(x, "minorTickMark", "none");
        value(x, "tickLblPos", "nextTo");
        value(x, "crossAx", "2");
        value(x, "crosses", "autoZero");
        value(x, "auto", "1");
        value(x, "lblAlgn", "ctr");
        value(x, "lblOffset", "100");
        value(x, "noMultiLvlLbl", "0");
        x.writeEndElement();
    }

    private void valueAxis(XMLStreamWriter x, boolean bars) throws XMLStreamException {
        x.writeStartElement("c", "valAx", C);
        value(x, "axId", "2");
        x.writeStartElement("c", "scaling", C);
        value(x, "orientation", "minMax");
        if (chart.max() != null) {
            value(x, "max", plain(chart.max()));
        }
        value(x, "min", "0");
        x.writeEndElement();
        value(x, "delete", "0");
        value(x, "axPos", bars ? "b" : "l");
        x.writeStartElement("c", "majorGridlines", C);
        x.writeStartElement("c", "spPr", C);
        x.writeStartElement("a", "ln", A);
        x.writeAttribute("w", "6350");
        fill(x, "D9D9D9");
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        if (!chart.unit().isEmpty() && !"%".equals(chart.unit())) {
            axisTitle(x, chart.unit()); // 个社区, 平方米: what the scale counts
        }
        numberFormat(x, "%".equals(chart.unit()) ? "0\"%\"" : "#,##0"); // the scale in whole numbers
        value(x, "majorTickMark", "none");
        value(x, "minorTickMark", "none");
        value(x, "tickLblPos", "nextTo");
        value(x, "crossAx", "1");
        value(x, "crosses", bars ? "max" : "autoZero"); // under the bars, which run top to bottom
        value(x, "crossBetween", "between");
        x.writeEndElement();
    }

    /** The inline drawing in the body that shows the chart part. */
    void writeInline(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement("w", "drawing", Wml.W);
        x.writeStartElement("wp", "inline", WP);
        x.writeNamespace("wp", WP);
        for (String d : new String[] {"distT", "distB", "distL", "distR"}) {
            x.writeAttribute(d, "0");
        }
        x.writeEmptyElement("wp", "extent", WP);
        x.writeAttribute("cx", String.valueOf(width()));
        x.writeAttribute("cy", String.valueOf(height()));
        x.writeEmptyElement("wp", "effectExtent", WP);
        for (String side : new String[] {"l", "t", "r", "b"}) {
            x.writeAttribute(side, "0");
        }
        x.writeEmptyElement("wp", "docPr", WP);
        x.writeAttribute("id", String.valueOf(number));
        x.writeAttribute("name", Words.format("render.docxChart.name", number));
        x.writeAttribute("descr", Wml.Run.xml(chart.title()));
        x.writeEmptyElement("wp", "cNvGraphicFramePr", WP);
        x.writeStartElement("a", "graphic", A);
        x.writeNamespace("a", A);
        x.writeStartElement("a", "graphicData", A);
        x.writeAttribute("uri", URI);
        x.writeEmptyElement("c", "chart", C);
        x.writeNamespace("c", C);
        x.writeAttribute("r", Wml.R, "id", id);
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, int hundredths) throws XMLStreamException {
        x.writeStartElement("c", "txPr", C);
        x.writeEmptyElement("a", "bodyPr", A);
        x.writeEmptyElement("a", "lstStyle", A);
        x.writeStartElement("a", "p", A);
        x.writeStartElement("a", "pPr", A);
        x.writeStartElement("a", "defRPr", A);
        x.writeAttribute("sz", String.valueOf(hundredths));
        fill(x, "333333");
        x.writeEmptyElement("a", "latin", A);
        x.writeAttribute("typeface", DocxWriter.LATIN_FONT);
        x.writeEmptyElement("a", "ea", A);
        x.writeAttribute("typeface", DocxWriter.BODY_FONT);
        x.writeEndElement();
        x.writeEndElement();
        x.writeEmptyElement("a", "endParaRPr", A);
        x.writeAttribute("lang", "zh-CN");
        x.writeEndElement();
        x.writeEndElement();
    }

    /** An axis title: the unit, in the axis text's font. */
    private static void axisTitle(XMLStreamWriter x, String unit) throws XMLStreamException {
        x.writeStartElement("c", "title", C);
        x.writeStartElement("c", "tx", C);
        x.writeStartElement("c", "rich", C);
        x.writeEmptyElement("a", "bodyPr", A);
        x.writeEmptyElement("a", "lstStyle", A);
        x.writeStartElement("a", "p", A);
        x.writeStartElement("a", "pPr", A);
        x.writeStartElement("a", "defRPr", A);
        x.writeAttribute("sz", "1200");
        x.writeAttribute("b", "0");
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement("a", "r", A);
        x.writeEmptyElement("a", "rPr", A);
        x.writeAttribute("lang", "zh-CN");
        x.writeStartElement("a", "t", A);
        x.writeCharacters(Wml.Run.xml(unit));
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        value(x, "overlay", "0");
        x.writeEndElement();
    }

    private static void fill(XMLStreamWriter x, String rgb) throws XMLStreamException {
        x.writeStartElement("a", "solidFill", A);
        x.writeEmptyElement("a", "srgbClr", A);
        x.writeAttribute("val", rgb);
        x.writeEndElement();
    }

    private static void numberFormat(XMLStreamWriter x, String code) throws XMLStreamException {
        x.writeEmptyElement("c", "numFmt", C);
        x.writeAttribute("formatCode", code);
        x.writeAttribute("sourceLinked", "0");
    }

    private static void point(XMLStreamWriter x, int index, String v) throws XMLStreamException {
        x.writeStartElement("c", "pt", C);
        x.writeAttribute("idx", String.valueOf(index));
        x.writeStartElement("c", "v", C);
        x.writeCharacters(v);
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void value(XMLStreamWriter x, String element, String val) throws XMLStreamException {
        x.writeEmptyElement("c", element, C);
        x.writeAttribute("val", val);
    }

    /** A value as the chart's data holds it: no exponent, no trailing zeros. */
    private static String plain(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
