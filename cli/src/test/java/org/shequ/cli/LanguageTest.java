package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese unless asked otherwise: what clerks and leaders read is Chinese whatever the machine's
 * locale; {@code --lang en} or an English locale gives English; an unknown language is exit 2. The
 * command line's own mistakes and a typo in shequ.yaml are said in the message language, with what
 * was probably meant, and never with a Java class.
 */
class LanguageTest {
    @TempDir
    Path dir;

    private Path csv() throws Exception {
        return Files.writeString(dir.resolve("城关街道.csv"), "统一代码,社区名称,街道(乡镇),社区类型,年度,户数（户）\n"
                + "610324001001,东大街社区,城关街道,城市社区,2023,-5\n");
    }

    @Test
    void chineseUnderAServersLocaleEnglishOnlyWhenTheLocaleSaysSo() throws Exception {
        Path csv = csv();
        Map<String, String> outputs = new java.util.TreeMap<>();
        for (String lang : List.of("C.UTF-8", "POSIX", "", "zh_CN.UTF-8", "en_US.UTF-8")) {
            outputs.put(lang, UnderLocale.run(lang, "validate", csv.toString()).output());
        }
        for (String lang : List.of("C.UTF-8", "POSIX", "", "zh_CN.UTF-8")) {
            assertTrue(outputs.get(lang).contains("户数为 -5户，低于下限 0户"), lang + ": " + outputs.get(lang));
        }
        assertTrue(outputs.get("en_US.UTF-8").contains("households is -5"), outputs.get("en_US.UTF-8"));
    }

    /**
     * The sample's whole run under {@code env -i LANG=C}: the findings (text, page), every feedback
     * workbook's 问题清单 and the documents are Chinese; not one English message reaches a clerk.
     */
    @Test
    void aRunUnderLangCWritesEveryClerksOutputInChinese() throws Exception {
        Path ws = SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), dir);
        UnderLocale run = UnderLocale.run("C", "run", ws.toString(), "-q");
        assertEquals(1, run.code(), run.output());
        Path out = ws.resolve("out");
        java.util.regex.Pattern english = java.util.regex.Pattern.compile("\\b(is|are|the|not|below|above|exceeds|row|rows|missing)\\b");
        String findings = Files.readString(out.resolve("findings.txt"));
        assertFalse(english.matcher(findings.replaceAll("[A-Z][A-Z0-9-]+|\\S+\\.(csv|xlsx|yaml)\\S*", "")).find(), findings);
        assertTrue(Files.readString(out.resolve("findings.html")).contains("<html lang=\"zh-CN\">"));
        List<Path> workbooks;
        try (var files = Files.walk(out.resolve("feedback"))) {
            workbooks = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertTrue(workbooks.size() > 5, "the combined and the per-township workbooks: " + workbooks);
        for (Path wb : workbooks) {
            try (var in = Files.newInputStream(wb); var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
                var sheet = book.getSheet("问题清单");
                assertTrue(sheet != null, wb + " has its 问题清单");
                for (var row : sheet) {
                    for (var cell : row) {
                        String text = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? cell.getStringCellValue() : "";
                        assertFalse(english.matcher(text).find(), wb.getFileName() + " row " + (row.getRowNum() + 1) + ": " + text);
                    }
                }
            }
        }
        String report = Files.readString(out.resolve("社区治理工作情况汇报.md"));
        assertTrue(report.contains("全县") && !english.matcher(report.replaceAll("(?s)^---.*?---", "")).find());
    }

    @Test
    void anUnknownLanguageIsExitTwoNamingTheChoices() {
        Cli c = Cli.run("validate", ".", "--lang", "fr");
        assertEquals(2, c.code());
        assertEquals("shequ: 不认识的语言“fr”：请选 zh（中文）或 en（English）", c.err().strip());
        assertEquals(0, Cli.run("division", "610324", "--lang", "zh_CN").code(), "zh_CN is Chinese");
        assertEquals(0, Cli.run("division", "610324", "--lang", "en-US").code(), "en-US is English");
    }

    @Test
    void theCommandLinesMistakesAreSaidInTheLanguageWithWhatWasMeant() {
        Cli typo = Cli.run("valdate", "x.csv");
        assertEquals(2, typo.code());
        assertEquals(List.of("shequ: 没有这个命令：valdate x.csv", "是否要用：validate？", "用法见：shequ --help"), typo.err().strip().lines().toList());
        Cli en = Cli.run("valdate", "x.csv", "--lang", "en");
        assertTrue(en.err().startsWith("shequ: unknown command: valdate") && en.err().contains("Did you mean: validate?"), en.err());
        Cli option = Cli.run("validate", "x.csv", "--formt", "json");
        assertEquals(2, option.code());
        assertTrue(option.err().startsWith("shequ: 没有这个选项：--formt") && option.err().contains("是否要用：--format")
                && option.err().contains("用法见：shequ validate --help"), option.err());
        Cli missing = Cli.run("feedback", "x.csv");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("shequ: 缺少必需的参数：--output DIR"), missing.err());
        assertFalse(missing.err().contains("shequ shequ"), missing.err());
        Cli optionEn = Cli.run("validate", "x.csv", "--formt", "json", "--lang", "en");
        assertEquals(2, optionEn.code());
        assertTrue(optionEn.err().contains("--formt") && optionEn.err().contains("Did you mean: --format"), optionEn.err());
        Cli missingEn = Cli.run("feedback", "x.csv", "--lang", "en");
        assertEquals(2, missingEn.code());
        assertTrue(missingEn.err().contains("--output DIR") && !missingEn.err().contains("缺少"), missingEn.err());
    }

    @Test
    void aTypoInShequYamlNamesTheLineTheKeyAndWhatWasMeant() throws Exception {
        Path ws = Files.createDirectories(dir.resolve("ws"));
        Files.writeString(ws.resolve("shequ.yaml"), "jurisdiction: \"610324\"\nperiod: 2023\ntitel: 扶风县\n");
        Cli c = Cli.run("validate", ws.toString());
        assertEquals(2, c.code());
        assertTrue(c.err().startsWith("shequ: " + ws.resolve("shequ.yaml") + " 第 3 行：没有设置项 titel，是否是 title？这里可用的设置项："), c.err());
        assertFalse(c.err().contains("org.shequ") || c.err().contains("class"), "no Java class: " + c.err());
        Files.writeString(ws.resolve("shequ.yaml"), "reports:\n  - template: work-report\n    fromats: [md]\n");
        Cli nested = Cli.run("validate", ws.toString(), "--lang", "en");
        assertTrue(nested.err().contains("line 3: there is no setting reports[1].fromats; did you mean formats?"), nested.err());
    }

    @Test
    void initSpeaksChineseAndNamesTheCommandAsTyped() throws Exception {
        Path ws = dir.resolve("我县");
        ProcessBuilder pb = new ProcessBuilder(java("init", ws.toString()));
        pb.environment().put("SHEQU_COMMAND", "./shequ");
        pb.environment().remove("SHEQU_LOCALE");
        pb.environment().put("LANG", "C.UTF-8");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(Files.exists(ws.resolve("data/示例数据.csv")), out);
        assertTrue(out.strip().endsWith("再运行 ./shequ run " + ws), out);
        assertTrue(Files.readString(ws.resolve("shequ.yaml")).contains("name: 社区治理工作情况汇报"));
        assertEquals(0, Cli.run("run", ws.toString(), "-q").code());
        assertTrue(Files.exists(ws.resolve("out/社区治理工作情况汇报.docx")));
        Path en = dir.resolve("county");
        assertEquals(0, Cli.run("init", en.toString(), "--lang", "en").code());
        assertTrue(Files.exists(en.resolve("data/example-communities.csv")));
    }

    private static List<String> java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }
}
