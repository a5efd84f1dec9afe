package org.shequ.core.render;

import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Draws a {@link Chart} as an inline SVG that needs nothing else: horizontal bars with their
 * values ({@code bar}), or columns with their counts ({@code column}), a reference line where
 * the chart gives one, text in the page's CJK font. Sizes are fixed, so the same data gives the
 * same bytes.
 */
final class SvgChart {
    private static final int WIDTH = 640;
    private static final int LABEL = 150;
    private static final int BAR = 22;
    private static final int GAP = 8;
    private static final int TOP = 36;

    private SvgChart() {
    }

    static String draw(Chart c) {
        return "bar".equals(c.type()) ? bars(c) : columns(c);
    }

    private static String bars(Chart c) {
        int plot = WIDTH - LABEL - 80;
        int height = TOP + c.data().size() * (BAR + GAP) + 24;
        double top = c.top();
        StringBuilder s = open(c, height);
        int y = TOP;
        for (Chart.Point p : c.data()) {
            double w = Math.max(0, p.value()) / top * plot;
            s.append(f("<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"label\">%s</text>", LABEL - 8, y + BAR - 6, esc(p.label())));
            s.append(f("<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"bar\"><title>%s %s</title></rect>",
                    LABEL, y, w, BAR, esc(p.label()), esc(c.label(p.value()))));
            s.append(f("<text x=\"%.1f\" y=\"%d\" class=\"value\">%s</text>", LABEL + w + 6, y + BAR - 6, esc(c.label(p.value()))));
            y += BAR + GAP;
        }
        if (c.line() != null) {
            double x = LABEL + c.line() / top * plot;
            s.append(f("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"ref\"/>", x, TOP - 6, x, y));
            s.append(f("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"ref-label\">%s</text>", x, y + 16,
                    esc(c.lineLabel() != null ? c.lineLabel() : c.label(c.line()))));
        }
        return s.append("</svg>").toString();
    }

    private static String columns(Chart c) {
        int plotTop = TOP + 10;
        int plotHeight = 200;
        int n = Math.max(1, c.data().size());
        int slot = (WIDTH - 60) / n;
        int colWidth = Math.max(8, slot - 12);
        int height = plotTop + plotHeight + 48;
        double top = c.top();
        StringBuilder s = open(c, height);
        int base = plotTop + plotHeight;
        s.append(f("<line x1=\"30\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>", base, WIDTH - 20, base));
        for (int i = 0; i < c.data().size(); i++) {
            Chart.Point p = c.data().get(i);
            double h = Math.max(0, p.value()) / top * plotHeight;
            int x = 40 + i * slot;
            s.append(f("<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" class=\"bar\"><title>%s %s</title></rect>",
                    x, base - h, colWidth, h, esc(p.label()), esc(c.label(p.value()))));
            s.append(f("<text x=\"%d\" y=\"%.1f\" text-anchor=\"middle\" class=\"value\">%s</text>", x + colWidth / 2, base - h - 6,
                    esc(c.number(p.value()))));
            s.append(f("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" class=\"label\">%s</text>", x + colWidth / 2, base + 18, esc(p.label())));
        }
        if (!c.unit().isEmpty()) {
            s.append(f("<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"unit\">%s</text>", WIDTH - 20, base + 40, esc(c.unit())));
        }
        return s.append("</svg>").toString();
    }

    private static StringBuilder open(Chart c, int height) {
        StringBuilder s = new StringBuilder();
        s.append(f("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" aria-label=\"%s\">",
                WIDTH, height, WIDTH, height, esc(c.title())));
        s.append(f("<text x=\"%d\" y=\"20\" text-anchor=\"middle\" class=\"title\">%s</text>", WIDTH / 2, esc(c.title())));
        return s;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static String esc(String s) {
        return StringEscapeUtils.escapeXml10(s);
    }
}
