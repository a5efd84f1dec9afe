package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.render.Quantities;
import org.shequ.core.rules.Indicators;
import org.shequ.core.schema.Dictionary;
import org.shequ.core.schema.HeaderNames;

/**
 * Every number of every bundled document comes from somewhere named: the sample is run with every
 * report in Markdown too, and for each document (i) each digit of its body is inside a figure listed
 * in NAME.sources.json, (ii) each metric figure is the value aggregates.json has for its group and
 * period, written in its quantity's format, and (iii) the words beside it name that metric (the
 * dictionary's label, an alias or a term; in a table, its column's head; in a chart, its title), so
 * 协商议事 can never label the sum of 议事成功案例.
 */
class DocumentSourcesTest {
    @TempDir
    static Path tmp;
    static Path out;
    static final List<String> DOCUMENTS = List.of("社区治理工作情况汇报", "提案答复", "2024年社区建设工作要点", "社区达标情况一览表");

    @BeforeAll
    static void run() throws IOException {
        Path ws = SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), tmp);
        Files.writeString(ws.resolve("shequ.yaml"), Files.readString(ws.resolve("shequ.yaml"))
                .replace("formats: [xlsx, html]", "formats: [md, xlsx, html]"));
        Cli run = Cli.run("run", ws.toString(), "--lang", "zh");
        assertEquals(1, run.code(), run.err());
        out = ws.resolve("out");
    }

    /** One figure as NAME.sources.json lists it. */
    private record Figure(int line, int column, String text, JsonNode source) {
    }

    private static List<Figure> figures(String document) throws IOException {
        JsonNode json = new ObjectMapper().readTree(out.resolve(document + ".sources.json").toFile());
        assertEquals(document + ".md", json.get("document").asText());
        List<Figure> out = new ArrayList<>();
        json.get("figures").forEach(f -> out.add(new Figure(f.get("line").asInt(), f.get("column").asInt(), f.get("text").asText(), f)));
        return out;
    }

    @Test
    void everyDigitOfEveryDocumentIsInAFigureWithItsSource() throws IOException {
        for (String document : DOCUMENTS) {
            List<String> lines = Files.readString(out.resolve(document + ".md")).lines().toList();
            List<Figure> figures = figures(document);
            assertTrue(figures.size() > 20, document + " has " + figures.size() + " figures");
            List<String> bare = new ArrayList<>();
            int bodyFrom = lines.get(0).equals("---") ? lines.subList(1, lines.size()).indexOf("---") + 2 : 0;
            boolean chart = false;
            for (int i = bodyFrom; i < lines.size(); i++) {
                String line = lines.get(i);
                chart = line.startsWith("```chart") || (chart && !line.startsWith("```"));
                if (chart && !line.startsWith("  - [")) {
                    continue; // a chart's settings (max: 100) are no figures of the document
                }
                for (int c = 0; c < line.length(); c++) {
                    if (Character.isDigit(line.charAt(c)) && !covered(figures, i + 1, c + 1)) {
                        bare.add((i + 1) + ":" + (c + 1) + " " + line);
                        break;
                    }
                }
            }
            assertEquals(List.of(), bare, document + ": numbers that come from nowhere named");
            for (Figure f : figures) {
                String line = lines.get(f.line() - 1);
                assertEquals(f.text(), line.substring(f.column() - 1, f.column() - 1 + f.text().length()), document + " " + f);
            }
        }
    }

    private static boolean covered(List<Figure> figures, int line, int column) {
        for (Figure f : figures) {
            if (f.line() == line && column >= f.column() && column < f.column() + f.text().length()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyMetricIsTheAggregateItNamesInItsOneFormat() throws IOException {
        Map<String, JsonNode> rows = new HashMap<>(); // level|code|period → metrics
        for (JsonNode level : new ObjectMapper().readTree(out.resolve("aggregates.json").toFile())) {
            String period = level.get("period").asText();
            level.get("rows").forEach(r -> rows.put(level.get("by").asText() + "|" + r.get("code").asText() + "|" + period, r.get("metrics")));
            rows.put("total|" + level.get("total").get("code").asText() + "|" + period, level.get("total").get("metrics"));
        }
        Quantities quantities = quantities();
        int checked = 0;
        for (String document : DOCUMENTS) {
            for (Figure f : figures(document)) {
                JsonNode s = f.source();
                if (!s.get("kind").asText().equals("metric")) {
                    continue;
                }
                String key = s.get("level").asText() + "|" + s.get("group").asText() + "|" + s.get("period").asText();
                JsonNode metrics = rows.get(key);
                assertTrue(metrics != null, document + ": no aggregate row " + key);
                String metric = s.get("metric").asText();
                assertEquals(metrics.get(metric).decimalValue().stripTrailingZeros(), s.get("value").decimalValue().stripTrailingZeros(),
                        document + " " + f);
                Quantities.Quantity q = quantities.of(metric);
                BigDecimal value = s.get("value").decimalValue();
                BigDecimal shown = q.kind() == Quantities.Kind.SHARE ? value.movePointRight(2) : value;
                String expected = shown.setScale(q.decimals(), RoundingMode.HALF_UP).toPlainString();
                String wan = shown.movePointLeft(4).setScale(2, RoundingMode.HALF_UP).toPlainString();
                assertTrue(f.text().equals(expected) || f.text().equals(wan), document + " " + f + ": written as " + expected + " or " + wan);
                checked++;
            }
        }
        assertTrue(checked > 100, checked + " metric figures checked");
    }

    @Test
    void theWordsBesideEachMetricNameIt() throws IOException {
        Quantities quantities = quantities();
        List<String> wrong = new ArrayList<>();
        for (String document : DOCUMENTS) {
            List<String> lines = Files.readString(out.resolve(document + ".md")).lines().toList();
            for (Figure f : figures(document)) {
                if (!f.source().get("kind").asText().equals("metric")) {
                    continue;
                }
                String metric = f.source().get("metric").asText();
                String context = context(lines, f);
                List<String> terms = quantities.of(metric).terms();
                if (terms.stream().noneMatch(t -> HeaderNames.normalise(context).contains(HeaderNames.normalise(t)))) {
                    wrong.add(document + " " + metric + " " + terms + ": " + context);
                }
            }
        }
        assertEquals(List.of(), wrong, "figures whose words name another quantity");
    }

    /**
     * The words that say what a figure is: in a table, its column's head; in a chart, its title; in
     * a sentence, its clause (from the last 、，；：。 before it to the next 、，；。 or ） after it).
     */
    private static String context(List<String> lines, Figure f) {
        String line = lines.get(f.line() - 1);
        if (line.startsWith("|")) {
            int head = f.line() - 1;
            while (head > 0 && lines.get(head - 1).startsWith("|")) {
                head--;
            }
            int cell = (int) line.substring(0, f.column() - 1).chars().filter(c -> c == '|').count();
            return lines.get(head).split("\\|")[cell];
        }
        if (line.startsWith("  - [")) {
            int title = f.line() - 1;
            while (!lines.get(title).startsWith("title:")) {
                title--;
            }
            return lines.get(title);
        }
        int from = f.column() - 1;
        while (from > 0 && "、，；：。".indexOf(line.charAt(from - 1)) < 0) {
            from--;
        }
        int to = f.column() - 1 + f.text().length();
        while (to < line.length() && "、，；。）".indexOf(line.charAt(to)) < 0) {
            to++;
        }
        return line.substring(from, to);
    }

    private static Quantities quantities() {
        return new Quantities(Dictionary.builtIn().kind("communities").orElseThrow(), Indicators.builtIn(List.of(), "indicators"), null);
    }

    @Test
    void theHtmlShowsWhereEachNumberComesFrom() throws IOException {
        String html = Files.readString(out.resolve("社区治理工作情况汇报.html"));
        assertTrue(html.contains("<span class=\"fig\" title=\"每百户综合服务设施面积：扶风县2023年，按119个社区计算（应报123个，4个未报或数据有误）；"
                + "指标 service_area_per_100\">43.6</span>"), html);
        assertTrue(html.contains("<span class=\"fig\" title=\"户数：城关街道2023年，按24个社区计算（应报25个，1个未报或数据有误）；指标 households\">19317</span>※"), html);
    }
}
