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
        assertTrue(r.out().startsWith("5 个文件，155 条记录：错误 18，警告 7，提示 5\n"), r.out());
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
            assertEquals(16, s.getLastRowNum());
            var tiandu = s.getRow(3);
            assertEquals("天度镇", tiandu.getCell(0).getStringCellValue());
            assertEquals(0.0, tiandu.getCell(5).getNumericCellValue());
            assertEquals(0.0, tiandu.getCell(6).getNumericCellValue());
            assertEquals(2.0, tiandu.getCell(7).getNumericCellValue());
            assertEquals("0.0%", tiandu.getCell(6).getCellStyle().getDataFormatString());
        }
        String findings = Files.readString(ws.resolve("out/findings.txt"));
        assertEquals(2, findings.lines().filter(l -> l.contains("TARGET-BEHIND")).count());
        assertEquals(List.of("610324001 城关街道", "610324107 法门镇"), findings.lines().filter(l -> l.contains("AGG-TOTAL"))
                .map(l -> l.replaceAll(".*AGG-TOTAL  (\\d+ \\S+).*", "$1")).toList(), "the two townships whose own totals are wrong");
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

    @Test
    void runIsDeterministic() throws IOException {
        Path a = copy(SAMPLES.resolve("fufeng"));
        Cli.run("run", a.toString());
        byte[] first = Files.readAllBytes(a.resolve("out/findings.json"));
        Cli.run("run", a.toString());
        assertEquals(new String(first, java.nio.charset.StandardCharsets.UTF_8),
                Files.readString(a.resolve("out/findings.json")));
    }

    private Path copy(Path from) throws IOException {
        return copy(from, tmp);
    }

    /** A copy of a sample workspace under {@code tmp}, without its output folder. */
    static Path copy(Path from, Path tmp) throws IOException {
        Path to = tmp.resolve(from.getFileName());
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(p -> !p.toString().contains("/out/")).toList()) {
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
