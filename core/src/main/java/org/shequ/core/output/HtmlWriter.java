package org.shequ.core.output;

import org.shequ.core.Words;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;
import java.util.List;

/**
 * The findings page: one self-contained HTML file that works offline (its style and its few lines
 * of script inside it) — the counts by township and by rule as bars, and every finding in a table
 * that filters by township, rule and severity, each row naming file, sheet, row and field. The
 * findings are walked twice (counts, then rows) and never held, so a national run's page is
 * written in bounded memory.
 */
final class HtmlWriter implements FindingsWriter {

    @Override
    public void write(Report report, View view, Writer out) throws IOException {
        boolean zh = view.messages().chinese();
        page(view.shown(report), text(view, "page.title"), Summaries.line(report.summary(), zh), null, view, out);
    }

    /**
     * One page of findings under a title: the counts, the filters and the rows; {@code back}, when
     * not null, is the link to the index of a run's pages. The findings are walked twice.
     */
    static void page(Iterable<Finding> findings, String title, String summary, String back, View view, Writer out) throws IOException {
        Counts counts = new Counts();
        findings.forEach(counts::add);
        page(counts, title, summary, back, view, out, w -> {
            for (Finding f : findings) {
                row(f, view, w);
            }
        });
    }

    /** How many findings a page has by township and by rule: its bars and its filters. */
    static final class Counts {
        final Map<String, long[]> byTownship = new TreeMap<>();
        final Map<String, long[]> byRule = new TreeMap<>();

        void add(Finding f) {
            byTownship.computeIfAbsent(township(f), k -> new long[1])[0]++;
            byRule.computeIfAbsent(f.rule(), k -> new long[1])[0]++;
        }
    }

    /** Writes a page's rows. */
    interface Rows {
        void write(Writer out) throws IOException;
    }

    /** A page whose counts are known and whose rows {@code rows} writes. */
    static void page(Counts counts, String title, String summary, String back, View view, Writer out, Rows rows) throws IOException {
        boolean zh = view.messages().chinese();
        head(out, title, zh);
        if (back != null) {
            out.write("<p class=\"back\"><a href=\"" + esc(back) + "\">" + esc(text(view, "page.back")) + "</a></p>\n");
        }
        out.write("<p class=\"summary\">" + esc(summary) + "</p>\n");
        out.write("<div class=\"counts\">\n");
        bars(out, text(view, "page.byTownship"), counts.byTownship, true);
        bars(out, text(view, "page.byRule"), counts.byRule, false);
        out.write("</div>\n<div class=\"filters\">\n");
        select(out, "township", text(view, "page.township"), counts.byTownship.keySet(), text(view, "page.all"), true);
        select(out, "rule", text(view, "page.rule"), counts.byRule.keySet(), text(view, "page.all"), false);
        select(out, "severity", text(view, "page.severity"), List.of("error", "warning", "info"), text(view, "page.all"), false);
        long all = count(counts.byRule);
        out.write("<span class=\"shown\">" + esc(text(view, "page.shown")) + " <b id=\"shown\">" + all + "</b> / " + all + "</span>\n</div>\n");
        out.write("<table id=\"findings\">\n<thead><tr>");
        for (String h : List.of("severity", "rule", "file", "sheet", "line", "field", "unit", "unitName", "message")) {
            out.write("<th>" + esc(text(view, "page.column." + h)) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        rows.write(out);
        out.write("</tbody>\n</table>\n<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n");
        out.flush();
    }

    /** One finding as a row of the table, with what the filters read. */
    static void row(Finding f, View view, Writer out) throws IOException {
        boolean zh = view.messages().chinese();
        out.write("<tr class=\"" + f.severity().key() + "\" data-township=\"" + esc(township(f)) + "\" data-rule=\"" + esc(f.rule())
                + "\" data-severity=\"" + f.severity().key() + "\"><td>" + esc(f.severity().label(zh)) + "</td><td>" + esc(f.rule())
                + "</td><td>" + esc(f.location().file()) + "</td><td>" + esc(f.location().sheet()) + "</td><td>"
                + (f.location().line() > 0 ? f.location().line() : "") + "</td><td>" + esc(f.location().field()) + "</td><td>"
                + esc(f.unit()) + "</td><td>" + esc(f.unitName()) + "</td><td>" + esc(view.message(f)) + "</td></tr>\n");
    }

    /** A text of the page in its language. */
    private static String text(View view, String key) {
        return view.messages().format(key, List.of());
    }

    /** The page's head and title, in the page's language. */
    static void head(Writer out, String title, boolean zh) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"" + (zh ? "zh-CN" : "en") + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<title>" + esc(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        out.write("<h1>" + esc(title) + "</h1>\n");
    }

    /** The township a finding's unit lies in, by its code: its name from the registry, else 其他. */
    static String township(Finding f) {
        String u = f.unit();
        if (u != null && u.length() >= 9 && u.substring(0, 9).chars().allMatch(Character::isDigit)) {
            return DivisionRegistry.bundled().find(u.substring(0, 9)).map(d -> d.name()).orElse(u.substring(0, 9));
        }
        return Words.get("page.noCode");
    }

    private static long count(Map<String, long[]> counts) {
        return counts.values().stream().mapToLong(n -> n[0]).sum();
    }

    private static void bars(Writer out, String title, Map<String, long[]> counts, boolean byTownship) throws IOException {
        long max = counts.values().stream().mapToLong(n -> n[0]).max().orElse(1);
        out.write("<section><h2>" + esc(title) + "</h2>\n");
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            long n = e.getValue()[0];
            out.write("<div class=\"bar\"><span class=\"label\">" + esc(e.getKey()) + "</span><span class=\"fill\" style=\"width:"
                    + Math.max(1, n * 60 / max) + "%\"></span><span class=\"n\">" + n + "</span></div>\n");
        }
        out.write("</section>\n");
    }

    private static void select(Writer out, String id, String label, Iterable<String> values, String all, boolean keep) throws IOException {
        out.write("<label>" + esc(label) + " <select id=\"" + id + "\"><option value=\"\">" + esc(all) + "</option>");
        for (String v : values) {
            out.write("<option>" + esc(v) + "</option>");
        }
        out.write("</select></label>\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5em;color:#222}
            h1{font-size:1.4em}h2{font-size:1.05em;margin:.4em 0}
            .counts{display:flex;gap:3em;flex-wrap:wrap}.counts section{min-width:22em}
            .bar{display:flex;align-items:center;gap:.5em;font-size:.9em;margin:.15em 0}
            .bar .label{width:12em;text-align:right;white-space:nowrap}.bar .fill{display:inline-block;height:.9em;background:#c0392b}
            .filters{margin:1em 0;display:flex;gap:1.5em;align-items:center}
            table{border-collapse:collapse;font-size:.9em}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left}
            th{background:#f3f3f3}tr.error td:first-child{color:#c0392b}tr.warning td:first-child{color:#b7950b}
            tr[hidden]{display:none}td:first-child,td:nth-child(2),td:nth-child(5){white-space:nowrap}
            td.n{text-align:right}.back{margin:.2em 0}
            """;

    /** Filtering: a row shows when it matches every chosen value; the count of shown rows follows. */
    private static final String SCRIPT = """
            (function () {
              var ids = ['township', 'rule', 'severity'];
              var rows = document.querySelectorAll('#findings tbody tr');
              function apply() {
                var want = {}; ids.forEach(function (id) { want[id] = document.getElementById(id).value; });
                var shown = 0;
                for (var i = 0; i < rows.length; i++) {
                  var r = rows[i], ok = true;
                  ids.forEach(function (id) { if (want[id] && r.getAttribute('data-' + id) !== want[id]) { ok = false; } });
                  r.hidden = !ok; if (ok) { shown++; }
                }
                document.getElementById('shown').textContent = shown;
              }
              ids.forEach(function (id) { document.getElementById(id).addEventListener('change', apply); });
            })();
            """;
}
