package org.shequ.core.render;

import org.shequ.core.Words;
import org.shequ.core.schema.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.HtmlWriter;
import java.util.LinkedHashMap;

/**
 * A text of the HTML with each figure in it wrapped in a span whose title says where the number
 * comes from: the metric, the group and period, and the units it covers and lacks; a rule's
 * parameter; a count; a target; a unit's value. A figure whose place cannot be matched in the
 * text is written as plain text.
 */
final class FigureSpans {
    private FigureSpans() {
    }

    static void write(Text text, List<Figures.Placed> figures, HtmlWriter html) {
        String literal = text.getLiteral();
        List<SourceSpan> spans = text.getSourceSpans();
        if (figures.isEmpty() || spans.size() != 1) {
            html.text(literal);
            return;
        }
        SourceSpan span = spans.get(0);
        List<int[]> at = new ArrayList<>(); // offset in the literal, figure index
        for (int i = 0; i < figures.size(); i++) {
            Figures.Placed f = figures.get(i);
            int offset = f.column() - 1 - span.getColumnIndex();
            if (f.line() - 1 == span.getLineIndex() && offset >= 0 && offset < span.getLength()
                    && literal.startsWith(f.text(), offset) && title(f.source()) != null) {
                at.add(new int[] {offset, i});
            }
        }
        int done = 0;
        for (int[] a : at) {
            if (a[0] < done) {
                continue;
            }
            Figures.Placed f = figures.get(a[1]);
            html.text(literal.substring(done, a[0]));
            Map<String, String> attributes = new LinkedHashMap<>(); // in this order, every run
            attributes.put("class", "fig");
            attributes.put("title", title(f.source()));
            html.tag("span", attributes);
            html.text(f.text());
            html.tag("/span");
            done = a[0] + f.text().length();
        }
        html.text(literal.substring(done));
    }

    /** What a reader is told about a number when pointing at it; null for a heading's or a list item's number. */
    static String title(Map<String, Object> s) {
        Object kind = s.get("kind");
        if ("metric".equals(kind)) {
            String period = s.get("period") == null ? "" : Period.parse(String.valueOf(s.get("period"))).map(Period::zh).orElse("");
            long missing = s.get("units_missing") instanceof Number n ? n.longValue() : 0;
            String coverage = missing > 0 ? Words.format("render.figureTitle.metric.missing", s.get("units_expected"), missing)
                    : Words.get("render.figureTitle.metric.complete");
            return Words.format("render.figureTitle.metric", s.get("label"), s.get("group_name"), period, s.get("units_covered"),
                    coverage, s.get("metric"));
        }
        if ("param".equals(kind)) {
            return Words.format("render.figureTitle.param", s.get("rule"), s.get("param"));
        }
        if ("count".equals(kind)) {
            return Words.format("render.figureTitle.count", s.get("what"));
        }
        if ("target".equals(kind)) {
            return Words.format("render.figureTitle.target", s.get("township"), s.get("indicator"), s.get("field"));
        }
        if ("unit".equals(kind)) {
            return Words.format("render.figureTitle.unit", s.get("name"), s.get("field"));
        }
        if ("period".equals(kind)) {
            return Words.get("render.figureTitle.period");
        }
        if ("number".equals(kind)) {
            return Words.get("render.figureTitle.number");
        }
        if ("ordinal".equals(kind) || "date".equals(kind)) {
            return null;
        }
        return s.get("what") == null ? null : String.valueOf(s.get("what"));
    }
}
