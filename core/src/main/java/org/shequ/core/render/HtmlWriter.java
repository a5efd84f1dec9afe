package org.shequ.core.render;

import java.io.IOException;
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
 * escaped, links sanitised), the document number, addressee, signature and date from the front
 * matter, each {@code ```chart} block drawn as inline SVG, each number with where it comes from
 * as a tooltip ({@link FigureSpans}), and a print-friendly style. No script, no external file.
 */
final class HtmlWriter implements DocumentWriter {
    private static final String STYLE = """
            body{margin:0;background:#f3f3f0;color:#1a1a1a;font-family:"FangSong","STFangsong","Noto Serif CJK SC","Noto Sans CJK SC",serif;}
            main{max-width:820px;margin:24px auto;background:#fff;padding:48px 64px;box-shadow:0 1px 4px rgba(0,0,0,.15);font-size:18px;line-height:1.9;}
            h1{font-family:"Noto Serif CJK SC","SimSun",serif;font-size:28px;text-align:center;font-weight:700;margin:12px 0 28px;}
            h2{font-family:"SimHei","Noto Sans CJK SC",sans-serif;font-size:19px;font-weight:700;margin:20px 0 6px;}
            h3{font-family:"KaiTi","STKaiti","Noto Serif CJK SC",serif;font-size:18px;font-weight:700;margin:14px 0 4px;}
            h4{font-size:18px;margin:10px 0 4px;}
            p{text-indent:2em;margin:0 0 4px;}
            p.number{text-align:center;text-indent:0;}
            li p{text-indent:0;}
            p.addressee{text-indent:0;}
            p.signature,p.date{text-align:right;text-indent:0;margin-right:4em;}
            p.signature{margin-top:2em;}
            p.cc{text-indent:0;border-top:1px solid #444;border-bottom:1px solid #444;margin-top:3em;padding:4px 1em;}
            hr{border:none;border-top:1px dashed #999;margin:40px 0;page-break-after:always;}
            table{border-collapse:collapse;margin:12px auto;font-size:15px;line-height:1.5;}
            th,td{border:1px solid #444;padding:4px 10px;text-align:center;}
            th{background:#eee;font-family:"SimHei","Noto Sans CJK SC",sans-serif;}
            figure{margin:16px 0;text-align:center;}
            svg.chart{max-width:100%;height:auto;font-family:"Noto Sans CJK SC","SimHei",sans-serif;}
            svg .title{font-size:15px;font-weight:700;fill:#1a1a1a;}
            svg .label,svg .value,svg .unit,svg .ref-label{font-size:12px;fill:#333;}
            svg .bar{fill:#b5383a;}
            svg .ref{stroke:#1f5fa8;stroke-width:1.5;stroke-dasharray:5 3;}
            svg .ref-label{fill:#1f5fa8;}
            svg .axis{stroke:#888;}
            span.fig{text-decoration:underline dotted #999;text-underline-offset:3px;cursor:help;}
            @media print{body{background:#fff;}main{box-shadow:none;margin:0;padding:0;}}
            """;

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
        if (doc.front("number") != null) {
            b.append("<p class=\"number\">").append(SvgChart.esc(doc.front("number"))).append("</p>\n");
        }
        b.append(renderer.render(doc.root()));
        if (doc.signatureBefore() == null) {
            b.append(signature(doc));
        }
        if (doc.front("cc") != null) {
            b.append("<p class=\"cc\">抄送：").append(SvgChart.esc(doc.front("cc"))).append("</p>\n");
        }
        b.append("</main>\n</body>\n</html>\n");
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
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
                html.text(doc.front("addressee") + "：");
                html.tag("/p");
                html.line();
            }
        }
    }
}
