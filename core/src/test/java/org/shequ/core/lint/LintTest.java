package org.shequ.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.validate.Finding;

/** Every kind of defect seed 001 shows is found with its line and text; correct official prose gives nothing. */
class LintTest {
    @TempDir
    Path dir;

    static Path resource(String name) throws URISyntaxException {
        return Path.of(LintTest.class.getResource("/lint/" + name).toURI());
    }

    static List<String> rows(List<Finding> findings) {
        return findings.stream().map(f -> f.location().line() + " " + f.rule() + " " + f.actual()
                + (f.expected() == null ? "" : " → " + f.expected())).toList();
    }

    @Test
    void everyKindOfDefectIsFoundWithItsLineAndText() throws Exception {
        // sorted as all findings are: by line, rule, then message
        List<Finding> f = Linter.lint("defects.txt", DocumentText.read(resource("defects.txt"), "defects.txt"));
        assertEquals(List.of(
                "2 LINT-MISCONVERTED 效劳 → 服务",
                "2 LINT-NUMBER 202322年 → YYYY年",
                "2 LINT-PLACEHOLDER XX",
                "3 LINT-NUMBER 2023月 → 1–12月",
                "4 LINT-PLACEHOLDER *",
                "4 LINT-PLACEHOLDER *",
                "4 LINT-PLACEHOLDER *",
                "5 LINT-NUMBER 120236名",
                "5 LINT-NUMBER 52023名",
                "6 LINT-NUMBER 20230% → <= 100%",
                "7 LINT-MISCONVERTED 别离 → 分离",
                "7 LINT-MISCONVERTED 复原 → 恢复",
                "7 LINT-MISCONVERTED 根底 → 基础",
                "8 LINT-MISCONVERTED 原那么 → 则（原则、否则、总则、细则、规则、准则）",
                "8 LINT-MISCONVERTED 反响 → 反馈",
                "8 LINT-MISCONVERTED 标准 → 规范",
                "8 LINT-MISCONVERTED 标准 → 规范",
                "9 LINT-NUMBER 32日 → 1–31日",
                "9 LINT-PLACEHOLDER ${count}",
                "9 LINT-PLACEHOLDER ____"), rows(f));
        assertEquals("warning", f.stream().filter(x -> x.actual().equals("52023名")).findFirst().orElseThrow().severity().name().toLowerCase());
    }

    @Test
    void correctOfficialProseHasNoFinding() throws Exception {
        assertEquals(List.of(), rows(Linter.lint("clean.txt", DocumentText.read(resource("clean.txt"), "clean.txt"))));
    }

    @Test
    void markdownBoldIsNotAPlaceholderButStarsAroundChineseAndALooseAsteriskAre() throws Exception {
        Path md = Files.writeString(dir.resolve("r.md"), """
                ---
                addressee: XX县民政局
                ---
                # 汇报

                全县**122**个社区中，*城北社区*未达标。

                其他\\*个社区达标。

                | 镇（街） | 完成进度 | 占比 |
                |---|---|---|
                | 城关街道 | 250.0% | 120.0% |

                ```chart
                data: [["XX", 500]]
                ```
                """);
        assertEquals(List.of("2 LINT-PLACEHOLDER XX", "6 LINT-PLACEHOLDER *", "6 LINT-PLACEHOLDER *", "8 LINT-PLACEHOLDER *",
                "12 LINT-NUMBER 120.0% → <= 100%"), rows(Linter.lint("r.md", DocumentText.read(md, "r.md"))),
                "bold is bold; single stars around Chinese (no italics in official text) are placeholders; "
                + "a completion rate over 100% is fine, a share is not");
    }

    @Test
    void docxIsReadParagraphByParagraphWithTables() throws Exception {
        Path docx = dir.resolve("r.docx");
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            d.createParagraph().createRun().setText("关于XX县社区工作的汇报");
            d.createParagraph().createRun().setText("为老效劳，成效明显。");
            var t = d.createTable(2, 2);
            t.getRow(0).getCell(0).setText("镇（街）");
            t.getRow(0).getCell(1).setText("满意度");
            t.getRow(1).getCell(0).setText("城关街道");
            t.getRow(1).getCell(1).setText("20230%");
            d.write(out);
        }
        List<String> rows = rows(Linter.lint("r.docx", DocumentText.read(docx, "r.docx")));
        assertEquals(List.of("1 LINT-PLACEHOLDER XX", "2 LINT-MISCONVERTED 效劳 → 服务", "6 LINT-NUMBER 20230% → <= 100%"), rows);
    }

    @Test
    void gbkTextIsReadToo() throws Exception {
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, "全县*个社区".getBytes("GBK"));
        // sorted as all findings are: by line, rule, then message
        List<Finding> f = Linter.lint("gbk.txt", DocumentText.read(gbk, "gbk.txt"));
        assertEquals(List.of("1 LINT-PLACEHOLDER *"), rows(f));
        assertTrue(f.get(0).args().toString().contains("全县*个社区"));
    }

    /** Seed 000's redacted report: numbers replaced by a single * each, some in pairs on one line. */
    static final List<String> REDACTED = List.of(
            "全县共有*个社区，其中城市社区*个、农村社区*个。",
            "在全县*个城市社区中，除城北社区和河东社区外，其他*个社区综合服务站面积均不低于每百户*平方米。",
            "公共服务指导目录共*项，代办政务服务指导目录共*项，均已公布。");

    @Test
    void singleStarsAroundChineseAreTwoPlaceholdersInMarkdownAsInTextAndWord() throws Exception {
        Path txt = dir.resolve("report.txt");
        Path md = dir.resolve("report.md");
        Path docx = dir.resolve("report.docx");
        Files.writeString(txt, String.join("\n", REDACTED) + "\n");
        Files.writeString(md, String.join("\n", REDACTED) + "\n");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (String line : REDACTED) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        List<String> fromTxt = rows(Linter.lint("r", DocumentText.read(txt, "r")));
        assertEquals(8, fromTxt.size(), fromTxt.toString());
        assertEquals(fromTxt, rows(Linter.lint("r", DocumentText.read(md, "r"))), "CommonMark's emphasis does not hide them");
        assertEquals(fromTxt, rows(Linter.lint("r", DocumentText.read(docx, "r"))));
    }

    /** Found by fuzzing: the front-matter extension throws on a lone quote; the document is still read, front matter as text. */
    @Test
    void aFrontMatterTheParserCannotReadIsLintedAsText() {
        List<String> found = rows(Linter.lint("r.md", DocumentText.markdown("---\naddressee: \"\n---\n全县共有*个社区，其中城市社区*个。\n")));
        assertEquals(List.of("4 LINT-PLACEHOLDER *", "4 LINT-PLACEHOLDER *"), found);
    }

    /**
     * A 10 MB line full of hits (a template's runaway loop) is checked in one pass: each check reports
     * at most Linter.PER_LINE findings on it, and the time grows with the line's length, not with
     * length × hits (a 512 KB line took 106 s before). The bound is generous: it guards a hang, it times nothing.
     */
    @Test
    void aTenMegabyteLineIsCheckedInOnePass() {
        String line = "全县*个社区，增长150%，XX县，完成进度200%，效劳群众，（ ），".repeat(300_000);
        assertTrue(line.length() > 10_000_000);
        List<Finding> f = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(90),
                () -> Linter.lint("long.md", List.of(new TextLine(3, line, null))));
        assertEquals(Linter.PER_LINE, f.stream().filter(x -> x.rule().equals("LINT-PLACEHOLDER")).count());
        assertTrue(f.stream().filter(x -> x.rule().equals("LINT-NUMBER")).count() <= Linter.PER_LINE);
        assertTrue(f.stream().anyMatch(x -> x.rule().equals("LINT-MISCONVERTED")));
    }

    @Test
    void aCheckPastItsTimeBudgetStopsWithTheDocumentsName() {
        org.shequ.core.Problem p = org.junit.jupiter.api.Assertions.assertThrows(org.shequ.core.Problem.class,
                () -> Linter.lint("汇报.md", List.of(new TextLine(1, "全县*个社区", null)), System.nanoTime() - 1, 30));
        assertEquals("render.lintTimeout", p.key());
        assertEquals(List.of("汇报.md", 30L), p.args());
    }
}
