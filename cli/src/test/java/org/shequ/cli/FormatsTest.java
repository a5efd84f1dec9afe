package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every findings format, checked structurally on the same small file. */
class FormatsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    String file;

    @BeforeEach
    void data() throws Exception {
        Path f = dir.resolve("c.csv");
        Files.writeString(f, "统一代码,社区名称,年度,户数,综合服务设施面积,备注\n"
                + "610324001001,飞凤社区,2023,-3,300,\n"
                + "610324001004,=HYPERLINK(\"x\"),2023,100,abc,\n");
        file = f.toString();
    }

    @Test
    void jsonHasTheContractShape() throws Exception {
        Cli r = Cli.run("validate", file, "--format", "json", "--lang", "zh");
        JsonNode root = JSON.readTree(r.out());
        assertEquals(List.of("tool", "version", "summary", "findings"), names(root));
        assertEquals("shequ", root.get("tool").asText());
        assertEquals(List.of("files", "records", "error", "warning", "info", "suppressed"), names(root.get("summary")));
        assertEquals(2, root.get("summary").get("records").asInt());
        JsonNode first = root.get("findings").get(0);
        assertEquals(List.of("rule", "severity", "file", "sheet", "line", "field", "unit", "unit_name",
                "message", "actual", "expected"), names(first));
        List<String> order = new ArrayList<>();
        root.get("findings").forEach(n -> order.add(n.get("line").asText() + " " + n.get("rule").asText()));
        assertEquals(order.stream().sorted().toList(), order, "sorted by file, line, rule");
        JsonNode range = find(root, "DATA-RANGE");
        assertEquals(-3, range.get("actual").asInt());
        assertEquals(">= 0", range.get("expected").asText());
        assertEquals("户数为 -3户，低于下限 0户", range.get("message").asText());
        assertEquals("飞凤社区", range.get("unit_name").asText());
        assertTrue(range.get("sheet").isNull());
    }

    @Test
    void sarifIsValid210() throws Exception {
        JsonNode root = JSON.readTree(Cli.run("validate", file, "--format", "sarif").out());
        assertEquals("2.1.0", root.get("version").asText());
        JsonNode run = root.get("runs").get(0);
        assertEquals("shequ", run.get("tool").get("driver").get("name").asText());
        JsonNode rules = run.get("tool").get("driver").get("rules");
        JsonNode results = run.get("results");
        assertTrue(results.size() >= 3);
        for (JsonNode res : results) {
            assertEquals(res.get("ruleId").asText(), rules.get(res.get("ruleIndex").asInt()).get("id").asText());
            assertTrue(List.of("error", "warning", "note").contains(res.get("level").asText()));
            JsonNode loc = res.get("locations").get(0).get("physicalLocation");
            assertEquals(file, loc.get("artifactLocation").get("uri").asText());
            assertTrue(loc.get("region").get("startLine").asInt() >= 1);
            assertFalse(res.get("message").get("text").asText().isBlank());
        }
    }

    @Test
    void junitIsWellFormedWithFailuresPerFinding() throws Exception {
        String xml = Cli.run("validate", file, "--format", "junit").out();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element suites = doc.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        NodeList suite = suites.getElementsByTagName("testsuite");
        assertEquals(1, suite.getLength());
        assertEquals(file, ((Element) suite.item(0)).getAttribute("name"));
        NodeList cases = doc.getElementsByTagName("testcase");
        NodeList failures = doc.getElementsByTagName("failure");
        NodeList skipped = doc.getElementsByTagName("skipped");
        assertEquals(cases.getLength(), failures.getLength() + skipped.getLength());
        assertEquals(Integer.parseInt(suites.getAttribute("failures")), failures.getLength());
        assertEquals(1, skipped.getLength(), "the unknown column is info");
    }

    @Test
    void githubCommandsEscapeTheirProperties() {
        List<String> lines = Cli.run("validate", file, "--format", "github").out().lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.matches("::(error|warning|notice) file=[^:]+(,line=\\d+)?,title=[A-Z-]+::.+")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("::error file=") && l.contains(",line=2,title=DATA-RANGE::")));
    }

    @Test
    void csvHasAHeaderAndIsSafeFromFormulas() throws Exception {
        String out = Cli.run("validate", file, "--format", "csv").out();
        assertTrue(out.startsWith("\uFEFFrule,severity,file"));
        List<CSVRecord> rows;
        try (CSVParser p = CSVParser.parse(out.substring(1), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            rows = p.getRecords();
        }
        assertTrue(rows.size() >= 3);
        assertTrue(rows.stream().noneMatch(r -> r.get("unit_name").startsWith("=")), "formula neutralised");
        assertTrue(rows.stream().anyMatch(r -> r.get("unit_name").startsWith("'=")));
    }

    @Test
    void textGroupsByFileInTheChosenLanguage() {
        String zh = Cli.run("validate", file, "--lang", "zh").out();
        assertTrue(zh.startsWith(file + "\n"), zh);
        assertTrue(zh.contains("2 households  错误  DATA-RANGE  610324001001 飞凤社区  户数为 -3户，低于下限 0户"), zh);
        assertFalse(zh.contains("\u001B["), "no colour outside a terminal");
        String en = Cli.run("validate", file, "--lang", "en").out();
        assertTrue(en.contains("error  DATA-RANGE  610324001001 飞凤社区  households is -3 户, below the minimum of 0 户"), en);
    }

    @Test
    void maxFindingsLimitsWhatIsShownNotWhatIsCounted() throws Exception {
        JsonNode all = JSON.readTree(Cli.run("validate", file, "--format", "json").out());
        JsonNode one = JSON.readTree(Cli.run("validate", file, "--format", "json", "--max-findings", "1").out());
        assertEquals(1, one.get("findings").size());
        assertEquals(all.get("summary").get("error"), one.get("summary").get("error"));
        assertEquals(all.get("findings").size() - 1, one.get("summary").get("omitted").asInt());
    }

    @Test
    void outputIsWrittenAtomically() throws Exception {
        Path target = dir.resolve("out/findings.json");
        Cli r = Cli.run("validate", file, "--format", "json", "-o", target.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(JSON.readTree(target.toFile()).has("findings"));
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertEquals(List.of("findings.json"), s.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
        }
        Path isDir = dir.resolve("adir");
        Files.createDirectories(isDir.resolve("x"));
        Cli failed = Cli.run("validate", file, "-o", isDir.toString());
        assertEquals(2, failed.code());
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        Iterator<String> it = n.fieldNames();
        it.forEachRemaining(out::add);
        return out;
    }

    private static JsonNode find(JsonNode root, String rule) {
        for (JsonNode f : root.get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError(rule);
    }
}
