package org.shequ.core.render;

import org.shequ.core.Vocabulary;
import org.shequ.core.Words;
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
 * escaped, links sanitised), the 版头 and 版记 of the document's kind ({@link Letterhead}: the red
 * flag, the number, 签发人, the red line; 抄送 and 印发 between black lines), the addressee, signature
 * and date from the front matter, the title's lines balanced by the browser, each {@code ```chart} block drawn as inline SVG, each number with where it comes from
 * as a tooltip ({@link FigureSpans}), and a print-friendly style. No script, no external file.
 */
final class HtmlWriter implements DocumentWriter {
    @Vocabulary("CSS whose font-family lists name fonts as their makers spell them (方正小标宋简体)")
    private static final String STYLE = """
            body{margin:0;background:#f3f3f0;color:#1a1a1a;font-family:"FangSong","STFangsong","Noto Serif CJK SC","Noto Sans CJK SC",serif;}
            main{max-width:820px;margin:24px auto;background:#fff;padding:48px 64px;box-shadow:0 1px 4px rgba(0,0,0,.15);font-size:18px;line-height:1.9;}
            h1{font-family:"Noto Serif CJK SC","SimSun",serif;font-size:28px;text-align:center;font-weight:700;margin:12px 0 28px;text-wrap:balance;}
            header.head{margin:48px 0 36px;border-bottom:2px solid #e60000;padding-bottom:10px;}
            header.head p{text-indent:0;margin:0;}
            p.flag{font-family:"FZXiaoBiaoSong-B05S","方正小标宋简体","Noto Serif CJK SC","SimSun",serif;font-weight:700;color:#e60000;font-size:46px;text-align:center;letter-spacing:.08em;line-height:1.3;margin-bottom:40px !important;}
            p.number.report{display:flex;justify-content:space-between;padding:0 1em;}
            header.letter{margin-top:0;border-bottom:none;}
            header.letter p.flag{border-bottom:6px double #e60000;padding-bottom:6px;margin-bottom:18px !important;}
            header.letter p.number{text-align:right;}
            span.signer{font-family:"KaiTi","STKaiti","Noto Serif CJK SC",serif;}
            footer.record{margin-top:4em;border-top:2px solid #000;border-bottom:2px solid #000;font-size:16px;}
            footer.record p{text-indent:0;margin:0;padding:3px 1em;}
            footer.record p.copies{padding-left:4em;text-indent:-3em;}
            footer.record p.copies + p.printed{border-top:1px solid #000;}
            p.printed{display:flex;justify-content:space-between;}
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
