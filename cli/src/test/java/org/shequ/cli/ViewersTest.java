package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.output.FindingsPages;

/**
 * The documents opened by the programs their readers use: the docx converted to PDF by
 * LibreOffice (A4 pages, the text and the page number there), the html shown by headless
 * Chromium (a screenshot in which the chart bars are drawn). .ci/run installs both; on a machine
 * without them the tests are skipped, except in CI, where a missing program fails them.
 */
class ViewersTest {
    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void runSample() throws IOException {
        Path ws = SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), tmp);
        Cli.run("run", ws.toString(), "--lang", "zh");
        out = ws.resolve("out");
    }

    private static String program(String... names) {
        for (String name : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(String.join(" or ", names) + " is not installed: .ci/run installs it");
        }
        Assumptions.abort(String.join(" or ", names) + " is not installed");
        return null;
    }

    private static String exec(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "timed out: " + command);
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), command + "\n" + text);
        return text;
    }

    @Test
    void libreOfficeTurnsTheDocxIntoAnA4Pdf() throws Exception {
        String soffice = program("soffice", "libreoffice");
        Path pdfDir = Files.createDirectories(tmp.resolve("pdf"));
        Path docx = out.resolve("社区治理工作情况汇报.docx");
        exec(pdfDir, List.of(soffice, "-env:UserInstallation=file://" + tmp.resolve("lo-profile"), "--headless",
                "--convert-to", "pdf", "--outdir", pdfDir.toString(), docx.toString()));
        Path pdf = pdfDir.resolve("社区治理工作情况汇报.pdf");
        assertTrue(Files.size(pdf) > 10_000, "a real PDF");
        String info = exec(pdfDir, List.of(program("pdfinfo"), pdf.toString()));
        assertTrue(info.matches("(?s).*Page size:\\s+595\\.\\d* x 841\\.\\d* pts \\(A4\\).*"), info);
        String text = exec(pdfDir, List.of(program("pdftotext"), "-layout", pdf.toString(), "-"));
        assertTrue(text.contains("关于扶风县 2023 年社区治理工作情况的汇报") || text.contains("关于扶风县2023年社区治理工作情况的汇报"), text);
        assertTrue(text.matches("(?s).*—\\s*1\\s*—.*") && text.matches("(?s).*—\\s*2\\s*—.*"), "page numbers: " + text);
        assertTrue(text.contains("2024 年 1 月 15 日") || text.contains("2024年1月15日"), text);
        // the townships' table: no number broken over two lines, no township name either
        com.fasterxml.jackson.databind.JsonNode agg = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("aggregates.json").toFile());
        com.fasterxml.jackson.databind.JsonNode levels = agg.isArray() ? agg.get(agg.size() - 1) : agg;
        List<String> missing = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode row : levels.get("rows")) {
            if (row.get("code").asText().equals("unknown")) {
                continue;
            }
            String households = row.get("metrics").get("households").asText();
            java.util.regex.Pattern line = java.util.regex.Pattern.compile("(?m)^\\s*" + row.get("name").asText()
                    + "\\s+" + row.get("units").asText() + "\\s+" + households + "\\D");
            if (!line.matcher(text).find()) {
                missing.add(row.get("name").asText() + " " + households);
            }
        }
        assertEquals(List.of(), missing, "each township on one line with its households whole:\n" + text);
    }

    /**
     * Every bundled document as a secretary checks it before printing, on the PDF LibreOffice makes
     * of the docx: the 版头 of its kind on the first page (the notice's red flag and number, the
     * letter's flag and number and no page number there, the briefing's title first), the title's
     * lines balanced, the 版记 on the last page; no number, date or short header of a table broken
     * over two lines; no table row split across pages (a page that goes on with a table starts with
     * its header and then a whole row); the report's charts drawn as charts.
     */
    @Test
    void everyDocumentPrintsAsAnOfficeIssuesIt() throws Exception {
        String soffice = program("soffice", "libreoffice");
        Path pdfDir = Files.createDirectories(tmp.resolve("pdf-all"));
        List<String> command = new ArrayList<>(List.of(soffice, "-env:UserInstallation=file://" + tmp.resolve("lo-profile"), "--headless",
                "--convert-to", "pdf", "--outdir", pdfDir.toString()));
        List<String> names = List.of("2024年社区建设工作要点", "提案答复", "社区治理工作情况汇报");
        names.forEach(n -> command.add(out.resolve(n + ".docx").toString()));
        exec(pdfDir, command);

        List<String> notice = pages(pdfDir.resolve("2024年社区建设工作要点.pdf"));
        assertEquals("扶风县民政局文件", firstLine(notice.get(0)), "the red flag heads the notice");
        assertTrue(squeeze(notice.get(0)).contains("扶政民发〔2024〕5号"));
        assertTrue(notice.get(0).lines().map(ViewersTest::squeeze).toList().containsAll(List.of("关于印发2024年全县", "社区建设工作要点的通知")),
                "the title in two balanced lines: " + notice.get(0));
        String last = squeeze(notice.get(notice.size() - 1));
        assertTrue(last.contains("抄送：县委办公室，县政府办公室。") && last.contains("扶风县民政局办公室2024年2月1日印发"), "the 版记 on the last page: " + last);

        List<String> letter = pages(pdfDir.resolve("提案答复.pdf"));
        assertEquals("扶风县民政局", firstLine(letter.get(0)), "a letter's flag is the office");
        assertTrue(squeeze(letter.get(0)).contains("扶民函〔2024〕12号"));
        assertFalse(squeeze(letter.get(0)).contains("—1—"), "no page number on a letter's first page");
        assertTrue(squeeze(letter.get(letter.size() - 1)).contains("抄送：县政协提案委，县委县政府督查室。"));
        assertFalse(squeeze(letter.get(letter.size() - 1)).contains("印发"), "a letter's 版记 has no 印发 line");

        List<String> report = pages(pdfDir.resolve("社区治理工作情况汇报.pdf"));
        assertEquals("关于扶风县2023年社区治理工作情况的汇报", firstLine(report.get(0)), "a briefing has no 版头");
        long bars = String.join("\n", report).lines().filter(l -> l.matches("\\s*\\S+[镇道]\\s+\\d+\\.\\d%\\s*")).count();
        assertTrue(bars >= 8, "the pass-rate chart's bars are labelled, one per township: " + bars);

        for (String name : names) {
            List<String> pdf = pages(pdfDir.resolve(name + ".pdf"));
            List<String> lines = pdf.stream().flatMap(String::lines).map(ViewersTest::squeeze).toList();
            List<List<List<String>>> tables = tables(Files.readString(out.resolve(name + ".md")));
            List<String> broken = new ArrayList<>();
            for (List<List<String>> table : tables) {
                for (int r = 0; r < table.size(); r++) {
                    for (String cell : table.get(r)) {
                        boolean whole = r == 0 ? cell.length() <= 6 : cell.matches(".*\\d.*") && cell.length() <= 12;
                        if (whole && !cell.isEmpty() && lines.stream().noneMatch(l -> l.contains(squeeze(cell)))) {
                            broken.add(cell);
                        }
                    }
                }
                String header = squeeze(String.join("", table.get(0)));
                java.util.Set<String> firsts = new java.util.HashSet<>();
                table.subList(1, table.size()).forEach(row -> firsts.add(squeeze(row.get(0))));
                for (int p = 1; p < pdf.size(); p++) {
                    List<String> page = pdf.get(p).lines().map(ViewersTest::squeeze).filter(l -> !l.isEmpty()).toList();
                    if (!page.isEmpty() && page.get(0).equals(header)) {
                        String next = page.size() > 1 ? page.get(1) : "";
                        assertTrue(firsts.stream().anyMatch(next::startsWith), name + " page " + (p + 1) + " goes on with a row's start: " + next);
                    }
                }
            }
            assertEquals(List.of(), broken, name + ": cells broken over two lines");
        }
    }

    /** Each page's text, as pdftotext -layout gives it. */
    private static List<String> pages(Path pdf) throws Exception {
        String info = exec(pdf.getParent(), List.of(program("pdfinfo"), pdf.toString()));
        int count = Integer.parseInt(info.replaceAll("(?s).*Pages:\\s+(\\d+).*", "$1"));
        List<String> pages = new ArrayList<>();
        for (int p = 1; p <= count; p++) {
            pages.add(exec(pdf.getParent(), List.of(program("pdftotext"), "-layout", "-f", String.valueOf(p), "-l", String.valueOf(p), pdf.toString(), "-")));
        }
        return pages;
    }

    private static String firstLine(String page) {
        return page.lines().map(ViewersTest::squeeze).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    /** Text without the spaces pdftotext puts between scripts and between a table's cells. */
    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }

    /** The Markdown's tables: rows of cells, the header first, the |---| line left out. */
    private static List<List<List<String>>> tables(String md) {
        List<List<List<String>>> tables = new ArrayList<>();
        List<List<String>> table = null;
        for (String line : md.split("\n")) {
            if (!line.startsWith("|")) {
                table = null;
                continue;
            }
            if (line.matches("\\|[-:| ]+\\|\\s*")) {
                continue;
            }
            if (table == null) {
                table = new ArrayList<>();
                tables.add(table);
            }
            List<String> cells = new ArrayList<>();
            for (String c : line.substring(1, line.lastIndexOf('|')).split("\\|", -1)) {
                cells.add(c.strip());
            }
            table.add(cells);
        }
        return tables;
    }

    @Test
    void chromiumDrawsTheHtmlWithItsCharts() throws Exception {
        String chromium = program("chromium", "chromium-browser", "google-chrome");
        Path shot = tmp.resolve("report.png");
        Path html = out.resolve("社区治理工作情况汇报.html");
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + tmp.resolve("chromium-profile"), "--hide-scrollbars", "--window-size=1000,2600",
                "--screenshot=" + shot, html.toUri().toString()));
        exec(tmp, command);
        BufferedImage image = ImageIO.read(shot.toFile());
        assertEquals(1000, image.getWidth());
        long bar = 0;
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (Math.abs(((rgb >> 16) & 0xFF) - 0xb5) < 8 && Math.abs(((rgb >> 8) & 0xFF) - 0x38) < 8 && Math.abs((rgb & 0xFF) - 0x3a) < 8) {
                    bar++;
                }
                if (((rgb >> 16) & 0xFF) < 60 && ((rgb >> 8) & 0xFF) < 60 && (rgb & 0xFF) < 60) {
                    dark++;
                }
            }
        }
        assertTrue(bar > 20_000, "the bars of both charts are painted: " + bar + " pixels");
        assertTrue(dark > 20_000, "the text is painted: " + dark + " pixels");
    }

    /** Chooses a rule in the findings page's filter; the rows then visible, those of another rule among them, and the count the page shows. */
    private static final String FILTER = "(function(){var s=document.getElementById('rule');s.value='%1$s';"
            + "s.dispatchEvent(new Event('change'));var rows=document.querySelectorAll('#findings tbody tr:not([hidden])');"
            + "var other=0;rows.forEach(function(r){if(r.getAttribute('data-rule')!=='%1$s'){other++;}});"
            + "return rows.length+' '+other+' '+document.getElementById('shown').textContent;})()";

    /**
     * The largest findings page shequ writes ({@link FindingsPages#LIMIT} rows; a run with more splits
     * them by area) is under 10 MB, and Chromium opens it and filters it within seconds.
     */
    @Test
    void theLargestFindingsPageOpensAndFiltersWithinSeconds() throws Exception {
        String chromium = program("chromium", "chromium-browser", "google-chrome");
        // urban units (the last three digits under 200, as a 居委会's) with a code the registry does not hold and
        // households that are no number: two findings each
        List<String> rows = new ArrayList<>(List.of("年度,统一代码,社区名称,社区类型,户数,综合服务设施面积"));
        for (int i = 0; i < FindingsPages.LIMIT / 2; i++) {
            rows.add("2023,%d,第%d社区,城市社区,abc,300".formatted(990_000_000_000L + i / 200 * 1000 + i % 200, i));
        }
        Path csv = Files.createDirectories(tmp.resolve("largest")).resolve("全市.csv");
        Files.write(csv, rows);
        Path page = tmp.resolve("largest/findings.html");
        Cli r = Cli.run("validate", csv.toString(), "--format", "html", "-o", page.toString(), "--lang", "zh", "-q");
        assertEquals(1, r.code(), r.err());
        assertTrue(Files.size(page) < 10_000_000, Files.size(page) + " bytes");
        long start = System.nanoTime();
        try (Chromium browser = Chromium.open(chromium, page, tmp.resolve("largest/chromium.log"))) {
            assertEquals(String.valueOf(FindingsPages.LIMIT), browser.visibleRows(20));
            long loaded = System.nanoTime();
            String picked = browser.evaluate(FILTER.formatted("DATA-TYPE"));
            long filtered = System.nanoTime();
            assertEquals(FindingsPages.LIMIT / 2 + " 0 " + FindingsPages.LIMIT / 2, picked);
            assertTrue(filtered - loaded < 3_000_000_000L, "filtered in " + (filtered - loaded) / 1_000_000 + " ms");
            assertTrue(loaded - start < 15_000_000_000L, "loaded in " + (loaded - start) / 1_000_000 + " ms");
        }
    }

    /**
     * The findings page in a real browser: Chromium loads out/findings.html (headless, driven over
     * the DevTools protocol), a rule is chosen in the filter, and only that rule's rows stay
     * visible, the count following; a screenshot shows the bars and the table painted.
     */
    @Test
    void theFindingsPageFiltersInChromium() throws Exception {
        String chromium = program("chromium", "chromium-browser", "google-chrome");
        Path page = out.resolve("findings.html");
        try (Chromium browser = Chromium.open(chromium, page, tmp.resolve("chromium.log"))) {
            String all = browser.visibleRows(10);
            String picked = browser.evaluate(FILTER.formatted("DATA-LAYOUT"));
            String[] p = picked.split(" ");
            assertEquals(3, p.length, picked);
            assertTrue(Integer.parseInt(all) > Integer.parseInt(p[0]) && Integer.parseInt(p[0]) > 0, all + " then " + picked);
            assertEquals("0", p[1], "only the chosen rule's rows are visible");
            assertEquals(p[0], p[2], "and the count says how many");
            String back = browser.evaluate(FILTER.formatted(""));
            assertEquals(all, back.split(" ")[0], "all rows again");
        }
        Path shot = tmp.resolve("findings.png");
        exec(tmp, List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + tmp.resolve("chromium-shot"), "--window-size=1200,1400", "--screenshot=" + shot, page.toUri().toString()));
        BufferedImage image = ImageIO.read(shot.toFile());
        long red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (Math.abs(((rgb >> 16) & 0xFF) - 0xc0) < 10 && Math.abs(((rgb >> 8) & 0xFF) - 0x39) < 10 && Math.abs((rgb & 0xFF) - 0x2b) < 10) {
                    red++;
                }
            }
        }
        assertTrue(red > 2_000, "the count bars are painted: " + red + " pixels");
    }
}
