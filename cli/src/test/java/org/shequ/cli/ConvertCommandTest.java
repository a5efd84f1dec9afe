package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shequ convert}: CSV ↔ XLSX ↔ YAML through the dictionary, every value kept. */
class ConvertCommandTest {
    static final Path FUFENG = Path.of("..", "samples", "fufeng");

    @TempDir
    Path dir;

    /** The findings of a file, without where they are (lines differ in YAML) or its name. */
    private static List<String> findings(Path file) {
        Cli r = Cli.run("validate", file.toString(), "--format", "json", "--lang", "zh");
        List<String> out = new java.util.ArrayList<>();
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get("findings").forEach(f -> {
                if (!f.get("rule").asText().equals("DATA-HEADER")) {
                    out.add(f.get("rule").asText() + " " + f.get("field").asText() + " " + f.get("unit").asText() + " " + f.get("actual").asText());
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void aGbkCsvGoesToXlsxToYamlAndBackWithTheSameValues() throws Exception {
        Path csv = FUFENG.resolve("data/城关街道.csv");
        Path xlsx = dir.resolve("a.xlsx");
        Path yaml = dir.resolve("b.yaml");
        Path back = dir.resolve("c.csv");
        assertEquals(0, Cli.run("convert", csv.toString(), xlsx.toString()).code());
        Cli toYaml = Cli.run("convert", xlsx.toString(), yaml.toString(), "--headers", "key", "--lang", "en");
        assertEquals(0, toYaml.code(), toYaml.err());
        assertTrue(toYaml.err().contains("25 rows (communities)"), toYaml.err());
        assertEquals(0, Cli.run("convert", yaml.toString(), back.toString()).code());
        List<String> expected = findings(csv);
        assertEquals(3, expected.size(), expected.toString());
        assertEquals(expected, findings(xlsx));
        assertEquals(expected, findings(yaml));
        assertEquals(expected, findings(back));
        String text = Files.readString(yaml);
        assertTrue(text.contains("code: \"610324001001\""), "codes stay text");
        assertTrue(text.contains("households: \"1,2O5\""), "a value that does not parse is kept as written");
        assertTrue(text.contains("standardized: true"));
        byte[] bytes = Files.readAllBytes(back);
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 with a BOM");
        assertTrue(Files.readString(back).startsWith("\uFEFF统一代码,社区名称,"));
    }

    @Test
    void percentagesGoIntoAWorkbookAsTheFractionsExcelWouldHold() throws Exception {
        // 98.4 / 100 in doubles is 0.9840000000000001: a weighted satisfaction over such cells moved in its 4th decimal
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "统一代码,社区名称,户数,群众满意度\n610324001001,东大街社区,1817,98.4%\n610324001002,西大街社区,1489,94.1%\n"
                + "610324001003,南大街社区,1482,57.7%\n");
        Path xlsx = dir.resolve("p.xlsx");
        assertEquals(0, Cli.run("convert", csv.toString(), xlsx.toString()).code());
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(xlsx.toFile(), null, true)) {
            var sheet = wb.getSheetAt(0);
            int col = -1;
            for (var c : sheet.getRow(0)) {
                if (c.getStringCellValue().startsWith("群众满意度")) {
                    col = c.getColumnIndex();
                }
            }
            assertEquals(0.984, sheet.getRow(1).getCell(col).getNumericCellValue());
            assertEquals(0.941, sheet.getRow(2).getCell(col).getNumericCellValue());
            assertEquals(0.577, sheet.getRow(3).getCell(col).getNumericCellValue());
        }
        Path back = dir.resolve("back.csv");
        assertEquals(0, Cli.run("convert", xlsx.toString(), back.toString()).code());
        String text = Files.readString(back);
        assertTrue(text.contains(",98.4%") && text.contains(",94.1%") && text.contains(",57.7%"), text);
    }

    /**
     * A text a spreadsheet would run as a formula (a formula saved without its value reads as
     * "=SUM(F6:F7)"; a careless or hostile "=HYPERLINK(…)") is written with a ' in front, in CSV as
     * in XLSX; numbers stay numbers (-35 households is a number, reported by DATA-RANGE).
     */
    @Test
    void textsThatLookLikeFormulasAreNotWrittenAsFormulas() throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "统一代码,社区名称,年度,户数（户）,常住人口（人）\n"
                + "610324001001,\"=HYPERLINK(\"\"http://x\"\",\"\"飞凤\"\")\",2023,=SUM(F6:F7),-35\n"
                + "610324001004,@胜利,2023,+5,300\n");
        Path csv = dir.resolve("out.csv");
        assertEquals(0, Cli.run("convert", in.toString(), csv.toString()).code());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("610324001001,\"'=HYPERLINK(\"\"http://x\"\",\"\"飞凤\"\")\",2023,'=SUM(F6:F7),-35", lines.get(1));
        assertEquals("610324001004,'@胜利,2023,5,300", lines.get(2), "+5 is the number 5");
        Path xlsx = dir.resolve("out.xlsx");
        assertEquals(0, Cli.run("convert", in.toString(), xlsx.toString()).code());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var row = wb.getSheetAt(0).getRow(1);
            assertEquals("'=SUM(F6:F7)", row.getCell(3).getStringCellValue());
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, row.getCell(4).getCellType());
        }
    }

    @Test
    void anEncodingCanBeAskedForAndAClerksWorkbookLosesOnlyItsLayout() throws Exception {
        Path gbk = dir.resolve("towns.csv");
        Cli r = Cli.run("convert", FUFENG.resolve("data/各镇社区基本情况.xlsx").toString(), gbk.toString(),
                "--out-encoding", "GB18030", "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("99 行") && r.err().contains("未转换 22 行小计、落款等非数据行"), r.err());
        List<String> lines = Files.readAllLines(gbk, Charset.forName("GB18030"));
        assertEquals(100, lines.size(), "a header and the 99 unit rows of the seven sheets");
        assertTrue(lines.get(0).startsWith("统一代码,"));
        assertEquals(2, Cli.run("convert", gbk.toString(), dir.resolve("x.txt").toString()).code(), "no such format");
        assertEquals(2, Cli.run("convert", dir.resolve("nothing.csv").toString(), dir.resolve("x.csv").toString()).code());
    }
}
