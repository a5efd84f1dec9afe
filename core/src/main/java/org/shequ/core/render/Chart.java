package org.shequ.core.render;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.FencedCodeBlock;
import org.shequ.core.Problem;
import java.math.BigDecimal;
import org.shequ.core.io.ReadLimits;
import org.shequ.core.io.Yaml;

/**
 * A chart a template asks for with a fenced block {@code ```chart}: its type ({@code bar}:
 * horizontal bars, one per label; {@code column}: a distribution), title, unit, an optional
 * maximum and reference line, and the data as [label, value] pairs the template fills from the
 * model. HTML draws it as SVG, docx as a Word chart, xlsx shows its data as a table. Values are
 * labelled with as many decimals as the template wrote (the metric's: {@code val} writes 100.0 for
 * a rate of one decimal), so a chart says "100.0%" where the table beside it does.
 */
public record Chart(String type, String title, String unit, Double max, Double line, String lineLabel, List<Point> data, int decimals) {
    public static final String INFO = "chart";
    private static final ObjectMapper YAML = new ObjectMapper(Yaml.factory(ReadLimits.DEFAULT))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** One bar: its label and value. */
    public record Point(String label, double value) {
    }

    static boolean is(FencedCodeBlock block) {
        return INFO.equals(block.getInfo() == null ? null : block.getInfo().trim());
    }

    static Chart of(FencedCodeBlock block, String document) {
        int line = block.getSourceSpans().isEmpty() ? 0 : block.getSourceSpans().get(0).getLineIndex() + 1;
        Doc d;
        try {
            d = YAML.readValue(block.getLiteral(), Doc.class);
        } catch (JsonProcessingException e) {
            throw new Problem(e, "render.chart", document, line, e.getOriginalMessage());
        }
        if (d == null || !List.of("bar", "column").contains(d.type)) {
            throw new Problem("render.chart", document, line, "type: bar | column");
        }
        List<Point> points = new ArrayList<>();
        int decimals = 0;
        for (List<Object> p : d.data == null ? List.<List<Object>>of() : d.data) {
            if (p.size() != 2 || !(p.get(1) instanceof Number n)) {
                throw new Problem("render.chart", document, line, "data: [label, number], got " + p);
            }
            if (n instanceof BigDecimal written) {
                decimals = Math.max(decimals, Math.min(6, Math.max(0, written.scale())));
            }
            points.add(new Point(String.valueOf(p.get(0)), n.doubleValue()));
        }
        return new Chart(d.type, d.title == null ? "" : d.title, d.unit == null ? "" : d.unit, d.max, d.line,
                d.lineLabel, List.copyOf(points), decimals);
    }

    /** The largest value the axis must show. */
    double top() {
        double m = max != null ? max : 0;
        for (Point p : data) {
            m = Math.max(m, p.value());
        }
        if (line != null) {
            m = Math.max(m, line);
        }
        return m <= 0 ? 1 : m;
    }

    /** A value as the chart labels it: the decimals the data was written with, and the unit. */
    String label(double v) {
        return number(v) + unit;
    }

    /** A value with the chart's decimals, without the unit. */
    String number(double v) {
        return ChineseUsage.fixed(v, decimals);
    }

    /** The chart block as written in the template. */
    static final class Doc {
        @JsonProperty public String type;
        @JsonProperty public String title;
        @JsonProperty public String unit;
        @JsonProperty public Double max;
        @JsonProperty public Double line;
        @JsonProperty("line_label") public String lineLabel;
        @JsonProperty public List<List<Object>> data = List.of();
    }
}
