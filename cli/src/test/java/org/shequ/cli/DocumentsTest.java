package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The documents {@code shequ run} writes for the Fufeng sample: each bundled template's Markdown
 * and HTML against its golden file, the docx read back (GB/T 9704 page, margins, grid, fonts,
 * heading styles, page numbers), the xlsx tables as numbers, a placeholder refused.
 * Set -Dshequ.updateGoldens=true to rewrite the golden files after a deliberate change.
 */
class DocumentsTest {
    static final Path EXPECTED = SampleWorkspaceTest.SAMPLES.resolve("fufeng/expected-documents");
    static final List<String> GOLDEN = List.of("社区治理工作情况汇报.md", "社区治理工作情况汇报.html", "提案答复.md",
            "2024年社区建设工作要点.md", "社区达标情况一览表.html");

    @TempDir
    static Path tmp;
    static Path out;
    static Cli run;

    @BeforeAll
    static void runSample() throws IOException {
        Path ws = SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), tmp);
        run = Cli.run("run", ws.toString(), "--lang", "zh");
        out = ws.resolve("out");
    }

    @Test
    void runWritesEveryDocumentShequYamlNamesAndListsThem() {
        assertEquals(1, run.code(), run.err()); // the sample's data has errors on purpose
        for (String f : List.of("社区治理工作情况汇报.md", "社区治理工作情况汇报.html", "社区治理工作情况汇报.docx", "提案答复.md",
                "提案答复.docx", "2024年社区建设工作要点.md", "2024年社区建设工作要点.docx", "2024年社区建设工作要点.xlsx",
                "社区达标情况一览表.xlsx", "社区达标情况一览表.html")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
            assertTrue(run.out().contains("文档：" + out.resolve(f)), run.out());
        }
        assertFalse(run.out().contains("未写出"), run.out());
    }

    @Test
    void eachBundledTemplateMatchesItsGoldenFile() throws IOException {
        boolean update = Boolean.getBoolean("shequ.updateGoldens");
        for (String name : GOLDEN) {
            String actual = Files.readString(out.resolve(name));
            if (update) {
                Files.createDirectories(EXPECTED);
                Files.writeString(EXPECTED.resolve(name), actual);
            }
            assertEquals(Files.readString(EXPECTED.resolve(name)), actual, name);
        }
    }

    @Test
    void theWorkReportSaysSeed000sSentenceFromTheData() throws IOException {
        String md = Files.readString(out.resolve("社区治理工作情况汇报.md"));
        // 百合社区's households are "1,2O5", and 胜利机械厂社区's 120 m² of service area is below its 180 m² of offices
        // (DATA-CONSISTENCY, either may be wrong): neither is judged, so neither is among those that meet the standard
        // or those that fail it, and the report says so
        assertTrue(md.contains("在全县10个城市社区中，8个城市社区每百户综合服务设施面积不低于30平方米；"
                + "胜利机械厂社区综合服务设施面积与办公用房面积矛盾、百合社区户数有误，未能核算；"), md);
        assertFalse(md.contains("胜利机械厂社区每百户综合服务设施面积未达标"), md);
    }

    @Test
    void docxHasTheGbT9704Layout() throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("社区治理工作情况汇报.docx")); XWPFDocument d = new XWPFDocument(in)) {
            CTSectPr sect = d.getDocument().getBody().getSectPr();
            assertEquals("扶风县民政局", d.getProperties().getCoreProperties().getCreator(), "the issuing office is the author");
            assertEquals(BigInteger.valueOf(11906), sect.getPgSz().getW(), "A4 width");
            assertEquals(BigInteger.valueOf(16838), sect.getPgSz().getH(), "A4 height");
            CTPageMar m = sect.getPgMar();
            assertEquals(2098L, twips(m.getTop()), "top 37 mm");
            assertEquals(1984L, twips(m.getBottom()), "bottom 35 mm");
            assertEquals(1587L, twips(m.getLeft()), "left 28 mm");
            assertEquals(1474L, twips(m.getRight()), "right 26 mm");
            assertEquals(BigInteger.valueOf(579), sect.getDocGrid().getLinePitch(), "22 lines: 28.95 pt a line");
            List<XWPFParagraph> ps = d.getParagraphs();
            XWPFParagraph title = ps.stream().filter(p -> "Title".equals(p.getStyle())).findFirst().orElseThrow();
            assertEquals("关于扶风县2023年社区治理工作情况的汇报", title.getText());
            assertRun(title.getRuns().get(0), "方正小标宋简体", 22);
            XWPFParagraph h1 = ps.stream().filter(p -> "Heading1".equals(p.getStyle())).findFirst().orElseThrow();
            assertEquals("一、基本情况", h1.getText());
            assertRun(h1.getRuns().get(0), "黑体", 16);
            XWPFParagraph h2 = ps.stream().filter(p -> "Heading2".equals(p.getStyle())).findFirst().orElseThrow();
            assertEquals("（一）社区规范化建设情况", h2.getText());
            assertRun(h2.getRuns().get(0), "楷体_GB2312", 16);
            XWPFParagraph body = ps.stream().filter(p -> p.getText().startsWith("根据县委常委会会议安排")).findFirst().orElseThrow();
            assertRun(body.getRuns().get(0), "仿宋_GB2312", 16);
            assertEquals(-5, body.getRuns().get(0).getCharacterSpacing(), "28 characters of 3号 on a 156 mm line");
            assertEquals(28.95, body.getSpacingBetween(), 0.01);
            assertEquals(2, d.getStyles().getStyle("Heading2").getCTStyle().getPPr().getOutlineLvl().getVal().intValue() + 1);
            assertEquals("县委、县政府：", ps.stream().filter(p -> p.getText().endsWith("：") && p.getText().startsWith("县委")).findFirst().orElseThrow().getText());
            assertTrue(ps.get(ps.size() - 1).getText().equals("2024年1月15日"), "the date closes the document");
            var footers = d.getFooterList();
            assertEquals(2, footers.size(), "odd and even page numbers");
            String footer = footers.get(0).getParagraphs().get(0).getCTP().xmlText();
            assertTrue(footer.contains("PAGE"), footer);
            assertEquals("— 1 —", footers.get(0).getText().strip());
            assertTrue(d.getEvenAndOddHeadings());
        }
    }

    private static long twips(Object v) {
        return ((BigInteger) v).longValue();
    }

    private static void assertRun(XWPFRun r, String eastAsiaFont, int size) {
        assertEquals(eastAsiaFont, r.getFontFamily(XWPFRun.FontCharRange.eastAsia));
        assertEquals(size, r.getFontSizeAsDouble().intValue());
    }

    @Test
    void xlsxTablesHoldNumbersWithFormats() throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("2024年社区建设工作要点.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            // next year's targets beside this year's actual, labelled with its year; no progress: 2024 has not begun
            XSSFSheet s = wb.getSheet("2024年镇（街）目标任务分解表");
            assertEquals("2024年目标", s.getRow(0).getCell(2).getStringCellValue());
            assertEquals("2023年实际", s.getRow(0).getCell(4).getStringCellValue());
            assertEquals(5, s.getRow(0).getLastCellNum(), "no progress column");
            assertEquals("城关街道", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, s.getRow(1).getCell(2).getCellType());
            assertEquals(2.0, s.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(5.0, s.getRow(1).getCell(4).getNumericCellValue(), 1e-9);
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
            // Excel's 属性: the office that issues the work points, and their title
            assertEquals("扶风县民政局", wb.getProperties().getCoreProperties().getCreator());
            assertEquals("关于印发2024年全县社区建设工作要点的通知", wb.getProperties().getCoreProperties().getTitle());
        }
        try (InputStream in = Files.newInputStream(out.resolve("社区达标情况一览表.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet units = wb.getSheet("各社区达标情况");
            assertEquals(124, units.getLastRowNum() + 1, "a header and the 123 units counted");
            // one number format per quantity: the area per 100 households has one decimal in text, tables and xlsx alike
            assertEquals("#,##0.0", units.getRow(1).getCell(5).getCellStyle().getDataFormatString());
            assertEquals(null, wb.getProperties().getCoreProperties().getCreator(), "the table names no office: no author");
            // the notes under a table go with it: what ※ means, the unit left out of the townships
            XSSFSheet towns = wb.getSheet("各镇（街）达标情况");
            assertTrue(towns.getRow(towns.getLastRowNum() - 1).getCell(0).getStringCellValue().startsWith("注：带“※”的数字不完整"));
            assertTrue(towns.getRow(towns.getLastRowNum()).getCell(0).getStringCellValue().startsWith("注：另有代码未在统计用区划代码中登记的单位1个"));
        }
    }

    @Test
    void aDocumentWithAPlaceholderIsRefusedAndNothingIsWritten() throws IOException {
        Path ws = SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), tmp.resolve("placeholder"));
        Files.createDirectories(ws.resolve("templates"));
        Files.writeString(ws.resolve("templates/draft.md.ftl"), "# 草稿\n\n全县共有XX个社区，其中城市社区${total.m.urban_units}个。\n");
        Cli r = Cli.run("render", ws.toString(), "--template", "draft", "--format", "md,docx", "--lang", "en");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("LINT-PLACEHOLDER"), r.err());
        assertTrue(r.err().contains("draft.md"), r.err());
        try (Stream<Path> files = Files.list(ws.resolve("out"))) {
            assertEquals(List.of(), files.map(Path::getFileName).map(Path::toString).filter(n -> n.startsWith("draft")).toList());
        } catch (java.nio.file.NoSuchFileException e) {
            // nothing at all was written: fine
        }
    }

    /**
     * A template that fails while the feedback workbooks are being written beside the documents:
     * run reports the template's error and ends the workbooks it began; no half-written file.
     */
    @Test
    void aRunWhoseTemplateFailsLeavesNoHalfWrittenFeedback() throws IOException {
        Path ws = SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), tmp.resolve("failing"));
        Files.createDirectories(ws.resolve("templates"));
        Files.writeString(ws.resolve("templates/broken.md.ftl"), "# 报告\n\n共有${total.m.no_such_metric}个社区。\n");
        String yaml = Files.readString(ws.resolve("shequ.yaml"));
        Files.writeString(ws.resolve("shequ.yaml"), yaml.substring(0, yaml.indexOf("reports:")) + "reports:\n  - template: broken\n    formats: [md]\n");
        Cli r = Cli.run("run", ws.toString(), "--lang", "en");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("broken"), r.err());
        try (Stream<Path> files = Files.walk(ws.resolve("out"))) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> ws.resolve("out").relativize(p).toString()).sorted().toList();
            assertTrue(names.stream().filter(n -> !n.equals(org.shequ.core.io.OutputLock.FILE))
                    .noneMatch(n -> n.contains(".shequ-") || n.endsWith(".tmp")), names.toString());
            for (String n : names.stream().filter(n -> n.endsWith(".xlsx")).toList()) {
                try (InputStream in = Files.newInputStream(ws.resolve("out").resolve(n)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                    assertEquals("问题清单", wb.getSheetName(0), n);
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // the feedback had not begun: nothing written, fine
        }
    }

    @Test
    void withThePreviousPeriodTheReportSaysWhatChanged() throws IOException {
        Path base = tmp.resolve("periods");
        Path previous = Files.move(SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), base), base.resolve("fufeng-2022"));
        Path csv = previous.resolve("data/城关街道.csv");
        java.nio.charset.Charset gbk = java.nio.charset.Charset.forName("GB18030");
        List<String> lines = Files.readAllLines(csv, gbk);
        String dropped = lines.get(lines.size() - 1);
        Files.write(csv, lines.subList(0, lines.size() - 1), gbk);
        long households = Long.parseLong(dropped.split(",")[5]); // 户数（户）, read here, not by the code under test
        Path ws = SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), base);
        Files.writeString(ws.resolve("shequ.yaml"), Files.readString(ws.resolve("shequ.yaml")) + "previous: ../fufeng-2022\n");
        Cli r = Cli.run("render", ws.toString(), "--template", "work-report", "--format", "md", "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(ws.resolve("out/社区治理工作情况汇报.md"));
        // the totals lack units in both years: the units that reported in both are compared, the same figures, so no change;
        // the new unit's households are in this year's total only
        assertTrue(md.contains("与上一年度相比，本期报送而上一年度没有数据的社区1个（王家台村）；户数持平（按两期都报送的120个社区比较；"
                + "本期2个社区未报或有误、上期2个社区未报或有误），综合服务设施面积持平（按两期都报送的120个社区比较；"
                + "本期1个社区未报或有误、上期1个社区未报或有误；1个社区的综合服务设施面积与办公用房面积矛盾，未比较）"), md);
        assertFalse(md.contains("户数增加" + households + "户"), md);
    }

    @Test
    void aWrongFormatOrTemplateStopsBeforeAnyDataIsRead() throws IOException {
        Path ws = SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), tmp.resolve("wrong"));
        Cli pdf = Cli.run("render", ws.toString(), "--template", "work-report", "--format", "pdf", "--lang", "en");
        assertEquals(2, pdf.code());
        assertEquals("shequ: unknown document format pdf (available: md, html, docx, xlsx)\n", pdf.err());
        Files.writeString(ws.resolve("shequ.yaml"), Files.readString(ws.resolve("shequ.yaml")).replace("template: compliance", "template: complience"));
        Cli run = Cli.run("run", ws.toString(), "--lang", "en");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("shequ: no template complience (available: compliance, proposal-reply"), run.err());
        try (Stream<Path> written = Files.exists(ws.resolve("out")) ? Files.list(ws.resolve("out")) : Stream.empty()) {
            assertEquals(0, written.count(), "nothing written");
        }
    }

    /** A 成文日期 written the way people write it (2024年1月15日) stops the run before the data, naming shequ.yaml and the report. */
    @Test
    void aDocumentDateThatIsNoDateStopsBeforeAnyDataIsRead() throws IOException {
        Path ws = SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), tmp.resolve("date"));
        Files.writeString(ws.resolve("shequ.yaml"), Files.readString(ws.resolve("shequ.yaml"))
                .replace("      date: 2024-03-20\n", "      date: 2024年3月20日\n"));
        Cli run = Cli.run("run", ws.toString(), "--lang", "en");
        assertEquals(2, run.code(), run.err());
        assertEquals("shequ: " + ws.resolve("shequ.yaml") + ": the date of the document \"提案答复\" is \"2024年3月20日\", not a date like"
                + " 2024-01-15 (write the date fact as year-month-day)\n", run.err());
        assertFalse(Files.exists(ws.resolve("out")), "nothing written, not even feedback");
        Cli zh = Cli.run("render", ws.toString(), "--template", "proposal-reply", "--lang", "zh");
        assertEquals(2, zh.code(), zh.err());
        assertTrue(zh.err().contains("文档“提案答复”的成文日期 date 为“2024年3月20日”"), zh.err());
    }

    /** A fact the document needs and shequ.yaml lacks is named as a fact, with where to write it, not as a helper's argument. */
    @Test
    void aMissingOfficeIsNamedAsAFactOfShequYaml() throws IOException {
        Path ws = SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), tmp.resolve("office"));
        Files.writeString(ws.resolve("shequ.yaml"), Files.readString(ws.resolve("shequ.yaml")).replace("office: 扶风县民政局", ""));
        Cli r = Cli.run("run", ws.toString(), "--lang", "en");
        assertEquals(2, r.code(), r.err());
        // the bundled templates say which facts they need: the run stops before any data is read
        assertEquals("shequ: " + ws.resolve("shequ.yaml") + ": the document \"社区治理工作情况汇报\" needs the fact office, which shequ.yaml"
                + " does not give (office: at the top; other facts under facts: or under the report's own facts:)\n", r.err());
        assertFalse(Files.exists(ws.resolve("out")), "nothing read, nothing written");
        // a template that says nothing of its needs is stopped where it reads the fact, and the fact is named
        Files.createDirectories(ws.resolve("templates"));
        Files.writeString(ws.resolve("templates/letter.md.ftl"), "---\noffice: ${yaml(doc.office)}\n---\n\n# 函\n");
        Cli letter = Cli.run("render", ws.toString(), "--template", "letter", "--format", "md", "--lang", "en");
        assertEquals(2, letter.code(), letter.err());
        assertEquals("shequ: letter.md.ftl:2:9: the document needs \"office\", which shequ.yaml does not give: add office: … to"
                + " shequ.yaml (office: at the top; other facts under facts: or under the report's own facts:)\n", letter.err());
        Files.writeString(ws.resolve("templates/note.md.ftl"), "# 通知\n\n${doc.addressee}：\n\n${doc.deadline}前报送。\n");
        Cli direct = Cli.run("render", ws.toString(), "--template", "note", "--format", "md", "--lang", "zh");
        assertEquals(2, direct.code(), direct.err());
        assertTrue(direct.err().startsWith("shequ: note.md.ftl:5:3：文档需要“deadline”"), direct.err());
    }

    @Test
    void aMissingFactStopsTheRenderBeforeTheData() throws IOException {
        Path ws = SampleWorkspaceTest.copy(SampleWorkspaceTest.SAMPLES.resolve("fufeng"), tmp.resolve("missing"));
        Cli r = Cli.run("render", ws.toString(), "--template", "proposal-reply", "--name", "未命名答复", "--lang", "en");
        // the workspace names proposal-reply with its facts; a second name still takes them
        assertEquals(0, r.code(), r.err());
        Files.writeString(ws.resolve("shequ.yaml"), Files.readString(ws.resolve("shequ.yaml"))
                .replace("proposal: {meeting: 县政协十届三次会议, number: \"018\", ", "proposal: {meeting: 县政协十届三次会议, "));
        Cli missing = Cli.run("render", ws.toString(), "--template", "proposal-reply", "-o", tmp.resolve("missing-out").toString(), "--lang", "en");
        assertEquals(2, missing.code(), missing.err());
        assertTrue(missing.err().startsWith("shequ: " + ws.resolve("shequ.yaml") + ": the document \"提案答复\" needs the fact proposal.number,"),
                missing.err());
        assertFalse(Files.exists(tmp.resolve("missing-out")));
    }
}
