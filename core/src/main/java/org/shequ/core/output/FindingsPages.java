package org.shequ.core.output;

import org.shequ.core.Words;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.shequ.core.Messages;
import java.util.Map;
import java.util.function.Function;
import java.util.TreeMap;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.io.AtomicFile;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Severity;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.regex.Pattern;

/**
 * The findings page of a run, as a person can open it: one page while the findings fit
 * ({@link #LIMIT} rows, about 8 MB), else {@code findings.html} becomes an index — each area with
 * its errors, warnings and notes and a link — and every area gets its own page in
 * {@code findings/}: a province, or its cities when the province has more than the limit, or a
 * city's counties when the city has; findings with no unit code on a page of their own. Pages of
 * an earlier run that this one did not write are removed. The findings are walked three times (the
 * areas, each page's counts, the rows into one spill file per page); none is held.
 */
public final class FindingsPages {
    /** The rows a page holds at most (a national run's page would be hundreds of MB). */
    public static final int LIMIT = 20_000;
    /** The folder beside the index that holds the areas' pages. */
    public static final String FOLDER = "findings";
    private static final String OTHER = Words.get("page.other");
    private static final Pattern PAGE = Pattern.compile("(\\d{2,6}-.+|" + Pattern.quote(OTHER) + ")\\.html");

    private FindingsPages() {
    }

    /** One area: the code prefix its units' codes start with ("" for findings without a code), its name, its counts. */
    record Area(String code, String name, long[] counts) {
        String file() {
            return (code.isEmpty() ? OTHER : code + "-" + name) + ".html";
        }

        long total() {
            return counts[0] + counts[1] + counts[2];
        }

        /** Whether the area holds the findings of county {@code c} (null: findings without a code). */
        boolean holds(String c) {
            return code.isEmpty() ? c == null : c != null && c.startsWith(code);
        }
    }

    /** One area's page: its counts, then its rows from the spill file they were put in. */
    private static Path page(Path page, Area a, HtmlWriter.Counts counts, Path spill, Path index, FindingsWriter.View view) {
        boolean zh = view.messages().chinese();
        String title = text(view.messages(), "page.area", a.name());
        String summary = text(view.messages(), "page.areaSummary", a.total(), a.counts[0], a.counts[1], a.counts[2]);
        write(page, out -> HtmlWriter.page(counts, title, summary, "../" + index.getFileName(), view, out, w -> {
            try (var in = Files.newBufferedReader(spill, StandardCharsets.UTF_8)) {
                in.transferTo(w);
            }
        }));
        return page;
    }

    /** Writes the page or the index and the areas' pages; returns the pages written besides the index. */
    public static List<Path> write(Path index, Report report, FindingsWriter.View view, int limit) {
        boolean zh = view.messages().chinese();
        List<Finding> shown = view.shown(report);
        Path folder = index.resolveSibling(FOLDER);
        if (shown.size() <= limit) {
            write(index, out -> HtmlWriter.page(shown, text(view.messages(), "page.title"), Summaries.line(report.summary(), zh), null, view, out));
            removeStale(folder, List.of());
            return List.of();
        }
        List<Area> areas = areas(shown, limit);
        Function<Finding, Area> areaOf = areaOf(areas);
        // one pass counts each page's townships and rules, one more puts each row in its page's spill file
        Map<String, HtmlWriter.Counts> counts = new HashMap<>();
        Map<String, Path> spills = new LinkedHashMap<>();
        Map<String, Writer> rows = new HashMap<>();
        try {
            for (Finding f : shown) {
                counts.computeIfAbsent(areaOf.apply(f).code(), k -> new HtmlWriter.Counts()).add(f);
            }
            for (Area a : areas) {
                Path spill = Files.createTempFile("shequ-findings-", ".html");
                spills.put(a.code(), spill);
                rows.put(a.code(), Files.newBufferedWriter(spill, StandardCharsets.UTF_8));
            }
            for (Finding f : shown) {
                HtmlWriter.row(f, view, rows.get(areaOf.apply(f).code()));
            }
            for (Writer w : rows.values()) {
                w.close();
            }
            List<Path> pages = new ArrayList<>();
            for (Area a : areas) {
                pages.add(page(folder.resolve(a.file()), a, counts.get(a.code()), spills.get(a.code()), index, view));
            }
            write(index, out -> index(areas, Summaries.line(report.summary(), zh), view.messages(), out));
            removeStale(folder, pages);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (Writer w : rows.values()) {
                try {
                    w.close();
                } catch (IOException ignored) {
                    // closed already, or failing: the spill file is removed below
                }
            }
            for (Path p : spills.values()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary file of the system's temporary folder
                }
            }
        }
    }

    /**
     * The area a finding's page belongs to: the one whose code its unit starts with (areas do not
     * overlap), found once for each county (a national run's 300,000 findings, a hundred areas).
     */
    private static Function<Finding, Area> areaOf(List<Area> areas) {
        Map<String, Area> byCounty = new HashMap<>();
        return f -> {
            String c = county(f);
            return byCounty.computeIfAbsent(c == null ? "" : c, k -> {
                for (Area a : areas) {
                    if (a.holds(c)) {
                        return a;
                    }
                }
                throw new IllegalStateException("no area for " + f.unit());
            });
        };
    }

    /** The areas, by code: provinces, split into cities and then counties while one holds more than the limit. */
    static List<Area> areas(List<Finding> findings, int limit) {
        Map<String, long[]> byCounty = new TreeMap<>();
        for (Finding f : findings) {
            String c = county(f);
            byCounty.computeIfAbsent(c == null ? "" : c, k -> new long[3])[f.severity() == Severity.ERROR ? 0 : f.severity() == Severity.WARNING ? 1 : 2]++;
        }
        List<Area> areas = new ArrayList<>();
        split(byCounty, 2, limit, areas);
        long[] other = byCounty.get("");
        if (other != null) {
            areas.add(new Area("", OTHER, other));
        }
        return areas;
    }

    private static void split(Map<String, long[]> byCounty, int digits, int limit, List<Area> areas) {
        Map<String, long[]> sums = new TreeMap<>();
        for (Map.Entry<String, long[]> e : byCounty.entrySet()) {
            if (e.getKey().isEmpty()) {
                continue;
            }
            long[] s = sums.computeIfAbsent(e.getKey().substring(0, digits), k -> new long[3]);
            for (int i = 0; i < 3; i++) {
                s[i] += e.getValue()[i];
            }
        }
        for (Map.Entry<String, long[]> e : sums.entrySet()) {
            long total = e.getValue()[0] + e.getValue()[1] + e.getValue()[2];
            if (total > limit && digits < 6) {
                Map<String, long[]> within = new TreeMap<>();
                byCounty.forEach((k, v) -> {
                    if (k.startsWith(e.getKey())) {
                        within.put(k, v);
                    }
                });
                split(within, digits + 2, limit, areas);
            } else {
                String name = DivisionRegistry.bundled().nameOf(e.getKey());
                areas.add(new Area(e.getKey(), name == null ? e.getKey() : name.replaceAll("[\\\\/:*?\"<>|\\s]", "_"), e.getValue()));
            }
        }
    }

    /** The first six digits of the finding's unit code (its county), or null when it has none. */
    static String county(Finding f) {
        String u = f.unit();
        if (u == null || u.length() < 6) {
            return null;
        }
        for (int i = 0; i < 6; i++) {
            if (!Character.isDigit(u.charAt(i))) {
                return null;
            }
        }
        return u.substring(0, 6);
    }

    private static void index(List<Area> areas, String summary, Messages m, Writer out) throws IOException {
        HtmlWriter.head(out, text(m, "page.title"), m.chinese());
        out.write("<p class=\"summary\">" + HtmlWriter.esc(summary) + "</p>\n<p>" + HtmlWriter.esc(text(m, "page.areas")) + "</p>\n");
        out.write("<table id=\"areas\">\n<thead><tr>");
        for (String h : List.of("code", "area", "errors", "warnings", "info", "total")) {
            out.write("<th>" + HtmlWriter.esc(text(m, "page.areaColumn." + h)) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        for (Area a : areas) {
            out.write("<tr><td>" + HtmlWriter.esc(a.code()) + "</td><td><a href=\"" + FOLDER + "/" + HtmlWriter.esc(a.file()) + "\">"
                    + HtmlWriter.esc(a.code().isEmpty() ? text(m, "page.noCode") : a.name()) + "</a></td><td class=\"n\">" + a.counts[0]
                    + "</td><td class=\"n\">" + a.counts[1] + "</td><td class=\"n\">" + a.counts[2] + "</td><td class=\"n\">" + a.total() + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n</body>\n</html>\n");
        out.flush();
    }

    private static String text(Messages m, String key, Object... args) {
        return m.format(key, List.of(args));
    }

    private interface Page {
        void write(Writer out) throws IOException;
    }

    private static void write(Path file, Page page) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicFile.output(file, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            page.write(w);
            w.flush();
        }, true);
    }

    /** Removes the areas' pages an earlier run wrote that this one did not (and the folder when it is left empty). */
    private static void removeStale(Path folder, List<Path> kept) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                if (PAGE.matcher(p.getFileName().toString()).matches() && !kept.contains(p)) {
                    Files.delete(p);
                }
            }
            try (var left = Files.list(folder)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
