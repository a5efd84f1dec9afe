package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples run end to end: each workspace under samples/ is copied, run with {@code shequ run},
 * and its findings compared with the golden text its README documents (expected-findings.txt).
 */
class SampleWorkspaceTest {
    static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    Path tmp;

    @Test
    void fufengFindsExactlyItsDocumentedDefects() throws IOException {
        Path ws = copy(SAMPLES.resolve("fufeng"));
        Cli r = Cli.run("run", ws.toString(), "--lang", "zh");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().startsWith("7 个文件，293 条记录：错误 16，警告 13，提示 30\n"), r.out());
        String golden = Files.readString(SAMPLES.resolve("fufeng/expected-findings.txt"));
        assertEquals(golden, Files.readString(ws.resolve("out/findings.txt")));
        assertTrue(Files.readString(ws.resolve("out/findings.json")).contains("\"unit\": \"610324107227\""));
    }

    @Test
    void fufengTargetsAreWrittenBackWithProgress() throws IOException {
        Path ws = copy(SAMPLES.resolve("fufeng"));
        Cli.run("run", ws.toString(), "--lang", "zh");
        try (var in = Files.newInputStream(ws.resolve("out/目标任务进度.xlsx"));
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var s = wb.getSheetAt(0);
            assertEquals("完成进度", s.getRow(0).getCell(6).getStringCellValue());
            assertEquals(32, s.getLastRowNum(), "2023's 16 targets and 2024's 16");
            var tiandu = s.getRow(3);
            assertEquals("天度镇", tiandu.getCell(0).getStringCellValue());
            assertEquals(0.0, tiandu.getCell(5).getNumericCellValue());
            assertEquals(0.0, tiandu.getCell(6).getNumericCellValue());
            assertEquals(2.0, tiandu.getCell(7).getNumericCellValue());
            assertEquals("0.0%", tiandu.getCell(6).getCellStyle().getDataFormatString());
            assertEquals(2023.0, tiandu.getCell(8).getNumericCellValue(), "measured against its own year");
            var plan = s.getRow(19); // 2024: 天度镇's model villages, due 2024-10-31
            assertEquals("天度镇", plan.getCell(0).getStringCellValue());
            assertEquals("2024-10-31", plan.getCell(3).getStringCellValue());
            assertEquals(0.0, plan.getCell(5).getNumericCellValue(), "beside 2023's actual");
            assertEquals(null, plan.getCell(6), "and no progress: 2024 has not begun");
            assertEquals(null, plan.getCell(7));
            assertEquals(2023.0, plan.getCell(8).getNumericCellValue(), "the year the actual is of, said");
            assertEquals("实际完成是2023年的数据，本目标属于2024年，尚无进度", plan.getCell(10).getStringCellValue(), "and why it has no progress");
            assertEquals(null, tiandu.getCell(10), "a target measured against its own year needs no remark");
        }
        String findings = Files.readString(ws.resolve("out/findings.txt"));
        assertEquals(2, findings.lines().filter(l -> l.contains("TARGET-BEHIND")).count());
        assertEquals(List.of("610324001 城关街道", "610324107 法门镇"), findings.lines().filter(l -> l.contains("AGG-TOTAL") && l.contains("上报"))
                .map(l -> l.replaceAll(".*AGG-TOTAL  (\\d+ \\S+).*", "$1")).toList(), "the two townships whose own totals are wrong");
        assertEquals(1, findings.lines().filter(l -> l.contains("AGG-TOTAL") && l.contains("小计行")).count(), "and 绛帐镇's 小计");
    }

    @Test
    void theTownsWorkbookIsReadAsClerksFillIt() throws IOException {
        Path ws = copy(SAMPLES.resolve("fufeng"));
        Cli r = Cli.run("aggregate", ws.resolve("data/各镇社区基本情况.xlsx").toString(), "--period", "2023",
                "--format", "json", "--lang", "zh");
        assertEquals(1, r.code(), "aggregate fails like validate on the sample's errors: " + r.err());
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        java.util.Map<String, String> households = new java.util.TreeMap<>();
        json.get("rows").forEach(row -> households.put(row.get("name").asText(), row.get("units").asText() + " "
                + row.get("metrics").get("households").asText() + " " + row.get("missing").path("households").asText("0")));
        assertEquals(java.util.Map.of("天度镇", "12 6154 1", "午井镇", "10 5081 0", "绛帐镇", "21 15078 0", "段家镇", "8 4259 0",
                "杏林镇", "13 7090 0", "召公镇", "12 6743 0", "法门镇", "21 14364 0", "未知", "1 690 0"), households,
                "every sheet's units, none of the 小计, 合计 or signature rows; 天度村's -35 households left out and counted as missing");
        assertEquals(98, json.get("total").get("units").asLong(), "97 units (白龙村 twice counts once) and 新建社区");
        com.fasterxml.jackson.databind.JsonNode xinglin = json.get("rows").get(4);
        assertEquals("杏林镇", xinglin.get("name").asText());
        assertEquals(1, xinglin.get("missing").get("service_area").asInt(), "杏林村 left its service area empty: the sum is incomplete");
        assertTrue(xinglin.get("missing").path("building_leads").isMissingNode(), "— for building leads in a village is given, as nothing");
        assertTrue(xinglin.get("missing").get("service_area_per_100").asInt() == 1, "so is the indicator computed from it");

        Cli v = Cli.run("validate", ws.resolve("data/各镇社区基本情况.xlsx").toString(), "--period", "2023", "--format", "csv", "--lang", "zh");
        List<String> totals = v.out().lines().filter(l -> l.contains("AGG-TOTAL")).toList();
        assertEquals(1, totals.size(), v.out());
        assertTrue(totals.get(0).contains("绛帐镇") && totals.get(0).contains(",26,households,") && totals.get(0).contains("相差 100"), totals.get(0));
        assertTrue(v.out().contains("工作表“下拉选项”是隐藏的"), "the hidden sheet is skipped and said so");
        assertFalse(v.out().contains("DATA-TYPE"), "审核人：李建国 in the 户数 column is a signature, not a unit");

        // the same sheet saved by WPS as a GBK CSV (two header lines, merged cells empty) reads the same
        Cli sheet = Cli.run("validate", ws.resolve("data/各镇社区基本情况.xlsx").toString(), "--sheet", "绛帐镇",
                "--period", "2023", "--format", "json", "--lang", "zh");
        Cli csv = Cli.run("validate", ws.resolve("exports/绛帐镇.csv").toString(), "--period", "2023", "--format", "json", "--lang", "zh");
        com.fasterxml.jackson.databind.JsonNode a = new com.fasterxml.jackson.databind.ObjectMapper().readTree(sheet.out());
        com.fasterxml.jackson.databind.JsonNode b = new com.fasterxml.jackson.databind.ObjectMapper().readTree(csv.out());
        assertEquals(21, b.get("summary").get("records").asLong());
        List<String> fa = new java.util.ArrayList<>();
        List<String> fb = new java.util.ArrayList<>();
        a.get("findings").forEach(f -> fa.add(f.get("rule").asText() + " " + f.get("line").asText() + " " + f.get("field").asText() + " " + f.get("message").asText()));
        b.get("findings").forEach(f -> fb.add(f.get("rule").asText() + " " + f.get("line").asText() + " " + f.get("field").asText() + " " + f.get("message").asText()));
        assertEquals(fa, fb);
        assertTrue(fb.stream().anyMatch(f -> f.startsWith("AGG-TOTAL 26 households")), fb.toString());
    }

    @Test
    void fufeng2018PackFindsExactlyItsDocumentedDefects() throws IOException {
        Path ws = copy(SAMPLES.resolve("fufeng"));
        Cli r = Cli.run("validate", ws.toString(), "--rules", "fufeng-2018", "--lang", "zh");
        assertEquals(1, r.code(), r.err());
        String golden = Files.readString(SAMPLES.resolve("fufeng/expected-findings-fufeng-2018.txt"))
                .replace("samples/fufeng", ws.toString());
        assertEquals(golden, r.out());
        assertTrue(r.out().contains("综合服务设施每百户 21.3 平方米，低于 30 平方米（扶政民发〔2017〕94号）"));
        assertTrue(r.out().contains("STD-OUTDOOR"), "1000 m² under fufeng-2018");
        assertFalse(r.out().contains("FF-ARTICLES"), "the sample's own rule is not in fufeng-2018");
        assertFalse(r.out().contains("610324106201"), "exactly 30.0 m² per 100 households passes");
    }

    @Test
    void longshanFindsExactlyItsDocumentedAccessViolations() throws IOException {
        Path ws = copy(SAMPLES.resolve("longshan"));
        Cli r = Cli.run("run", ws.toString(), "--lang", "zh");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().startsWith("2 个文件，361 条记录：错误 10，警告 3，提示 0\n"), r.out());
        assertEquals(Files.readString(SAMPLES.resolve("longshan/expected-findings.txt")), Files.readString(ws.resolve("out/findings.txt")));
        String burden = Files.readString(ws.resolve("out/burden-by-department.txt"));
        assertTrue(burden.contains("区税务局") && burden.startsWith("部门"), burden);
    }

    @Test
    void accessSummaryCountsTheLists() throws IOException {
        Cli r = Cli.run("access", "summary", SAMPLES.resolve("longshan").toString(), "--as-of", "2023-04-15", "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("社区居民委员会依法协助政府工作事项清单  依法协助政府工作事项清单  辽民发〔2020〕116号   2020-09-01  合计            22"), r.out());
        assertTrue(r.out().contains("没有法律依据的事项：2"));
        assertTrue(r.out().contains("出现在两个以上清单中的事项：1"));
        assertTrue(r.out().contains("2023-04-30  秸秆禁烧巡查  区生态环境分局"));
        Cli burden = Cli.run("access", "burden", SAMPLES.resolve("longshan").toString(), "--by", "department", "--lang", "en");
        assertTrue(burden.out().startsWith("department"), burden.out());
    }

    /**
     * Every file run writes, byte for byte, again: the second run starts more than two seconds after
     * the first (a zip entry's time has a resolution of two seconds), and the workbooks' and
     * documents' entries carry the fixed stamp, not the time of writing.
     */
    @Test
    void runIsDeterministic() throws Exception {
        Path a = copy(SAMPLES.resolve("fufeng"));
        long start = System.nanoTime();
        assertEquals(1, Cli.run("run", a.toString()).code());
        java.util.Map<String, String> first = digests(a.resolve("out"));
        Thread.sleep(Math.max(0, 2_100 - (System.nanoTime() - start) / 1_000_000));
        assertEquals(1, Cli.run("run", a.toString()).code());
        assertTrue(first.keySet().containsAll(List.of("社区治理工作情况汇报.docx", "目标任务进度.xlsx", "feedback/城关街道-问题反馈.xlsx",
                "feedback/各镇社区基本情况-问题反馈.xlsx", "aggregates.xlsx", "findings.json")), first.keySet().toString());
        assertEquals(first, digests(a.resolve("out")));
    }

    private static java.util.Map<String, String> digests(Path dir) throws Exception {
        java.util.Map<String, String> all = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                all.put(dir.relativize(p).toString(), java.util.HexFormat.of().formatHex(sha));
            }
        }
        return all;
    }

    private Path copy(Path from) throws IOException {
        return copy(from, tmp);
    }

    /** A copy of a sample workspace under {@code tmp}, without its output folder. */
    /**
     * A copy of a sample workspace without what a run left in it: its output folder ({@code out/}) is
     * neither copied nor created, so no test depends on whether a user ran the sample in the checkout.
     */
    static Path copy(Path from, Path tmp) throws IOException {
        Path to = tmp.resolve(from.getFileName());
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(p -> !from.relativize(p).startsWith("out")).toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }
}
