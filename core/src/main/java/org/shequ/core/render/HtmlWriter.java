package org.shequ.core.render;

import org.shequ.core.Words;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.CoreHtmlNodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * One self-contained HTML file: the body from the syntax tree (raw HTML in the Markdown is
 * escaped, links sanitised), the 版头 and 版记 of the document's kind ({@link Letterhead}: the red
 * flag, the number, 签发人, the red line; 抄送 and 印发 between black lines), the addressee, signature
 * and date from the front matter, the title's lines balanced by the browser, each {@code ```chart} block drawn as inline SVG, each number with where it comes from
 * as a tooltip ({@link FigureSpans}), and a print-friendly style. No script, no external file.
 */
final class HtmlWriter implements DocumentWriter {
    /** The page's stylesheet (document.css beside this class): its font lists name fonts as their makers spell them. */
    private static final String STYLE = stylesheet();

    private static String stylesheet() {
        try (InputStream in = HtmlWriter.class.getResourceAsStream("document.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(MarkdownDocument doc, OutputStream out) throws IOException {
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(MarkdownDocument.EXTENSIONS)
                .escapeHtml(true).sanitizeUrls(true)
                .nodeRendererFactory(context -> new DocumentParts(context, doc)).build();
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(SvgChart.esc(doc.title())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n");
        Letterhead head = Letterhead.of(doc);
        if (head.headed()) {
            b.append(head(head));
        } else if (head.number() != null) {
            b.append("<p class=\"number\">").append(SvgChart.esc(head.number())).append("</p>\n");
        }
        b.append(renderer.render(doc.root()));
        if (doc.signatureBefore() == null) {
            b.append(signature(doc));
        }
        if (head.recorded()) {
            b.append(record(head));
        } else if (head.cc() != null) {
            b.append("<p class=\"cc\">").append(Words.format("render.letterhead.cc", SvgChart.esc(head.cc()))).append("</p>\n");
        }
        b.append("</main>\n</body>\n</html>\n");
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The 版头: the red flag, the number (and 签发人), the red line under them (a letter's double line under the flag). */
    private static String head(Letterhead head) {
        String kind = switch (head.kind()) {
            case LETTER -> "letter";
            case REPORT -> "report";
            default -> "file";
        };
        StringBuilder b = new StringBuilder("<header class=\"head ").append(kind).append("\">\n");
        b.append("<p class=\"flag\">").append(SvgChart.esc(head.flag())).append("</p>\n");
        if (head.kind() == Letterhead.Kind.REPORT) {
            b.append("<p class=\"number report\"><span>").append(head.number() == null ? "" : SvgChart.esc(head.number()))
                    .append("</span><span>").append(Words.get("render.letterhead.signer")).append("<span class=\"signer\">").append(SvgChart.esc(head.signer())).append("</span></span></p>\n");
        } else if (head.number() != null) {
            b.append("<p class=\"number\">").append(SvgChart.esc(head.number())).append("</p>\n");
        }
        return b.append("</header>\n").toString();
    }

    /** The 版记: 抄送, then 印发机关 and 印发日期, between black lines. */
    private static String record(Letterhead head) {
        StringBuilder b = new StringBuilder("<footer class=\"record\">\n");
        if (head.cc() != null) {
            b.append("<p class=\"copies\">").append(SvgChart.esc(head.copies())).append("</p>\n");
        }
        if (head.printLine()) {
            b.append("<p class=\"printed\"><span>").append(head.issuer() == null ? "" : SvgChart.esc(head.issuer())).append("</span><span>")
                    .append(head.printedOn() == null ? "" : SvgChart.esc(head.printedOn())).append("</span></p>\n");
        }
        return b.append("</footer>\n").toString();
    }

    /** The office and the date, right-aligned. */
    static String signature(MarkdownDocument doc) {
        StringBuilder b = new StringBuilder();
        if (doc.front("office") != null) {
            b.append("<p class=\"signature\">").append(SvgChart.esc(doc.front("office"))).append("</p>\n");
        }
        if (doc.front("date") != null) {
            b.append("<p class=\"date\">").append(SvgChart.esc(Dates.chinese(doc.front("date"), doc.name()))).append("</p>\n");
        }
        return b.toString();
    }

    /** The title followed by the addressee, and charts as SVG; everything else as commonmark renders it. */
    private static final class DocumentParts implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final CoreHtmlNodeRenderer core;
        private final MarkdownDocument doc;
        private boolean addressed;

        DocumentParts(HtmlNodeRendererContext context, MarkdownDocument doc) {
            this.context = context;
            this.core = new CoreHtmlNodeRenderer(context);
            this.doc = doc;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(FencedCodeBlock.class, Heading.class, org.commonmark.node.ThematicBreak.class, org.commonmark.node.Text.class);
        }

        @Override
        public void render(Node node) {
            org.commonmark.renderer.html.HtmlWriter html = context.getWriter();
            if (node instanceof org.commonmark.node.Text text) {
                FigureSpans.write(text, doc.figures(), html);
                return;
            }
            if (node instanceof FencedCodeBlock block && Chart.is(block)) {
                html.line();
                html.tag("figure", Map.of());
                html.raw(SvgChart.draw(Chart.of(block, doc.name())));
                html.tag("/figure");
                html.line();
                return;
            }
            if (node == doc.signatureBefore()) {
                html.raw(signature(doc));
            }
            core.render(node);
            if (node instanceof Heading h && h.getLevel() == 1 && doc.front("addressee") != null && !addressed) {
                addressed = true;
                html.line();
                html.tag("p", Map.of("class", "addressee"));
                html.text(Words.format("render.letterhead.addressee", doc.front("addressee")));
                html.tag("/p");
                html.line();
            }
        }
    }
}
