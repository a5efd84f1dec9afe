package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Periods below a year (2023Q1, 2023H1, 2023-03): read from a 年度 column, a title or --period,
 * added up each on its own, compared by diff, named in documents; a year made of its quarters only
 * for the flows, only where every quarter is there, and said so.
 */
class SubYearPeriodsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private Path ws;

    @BeforeEach
    void workspace() throws Exception {
        ws = tmp.resolve("ws");
        Files.createDirectories(ws.resolve("data"));
        Files.writeString(ws.resolve("shequ.yaml"), """
                jurisdiction: "610324"
                inputs: [data/communities.csv]
                rules: [national]
                reports:
                  - template: work-report
                    name: 工作情况汇报
                    formats: [md]
                    facts: {date: 2024-01-15}
                  - template: work-points
                    name: 工作要点
                    formats: [md]
                    facts: {date: 2024-01-15, number: 扶民发〔2024〕1号, addressee: 各镇（街）}
                office: 扶风县民政局
                facts: {addressee: 县委、县政府}
                """);
        // 飞凤 reports every quarter; 天度 misses the third quarter's visits; the households change each quarter
        StringBuilder csv = new StringBuilder("统一代码,社区名称,社区类型,年度,户数,综合服务设施面积,入户走访,群众满意度\n");
        int[] visits = {100, 110, 120, 130};
        for (int q = 1; q <= 4; q++) {
            csv.append("610324001001,飞凤社区居委会,城市社区,2023年第").append("一二三四".charAt(q - 1)).append("季度,")
                    .append(1000 + q).append(",300,").append(visits[q - 1]).append(",9").append(q).append("%\n");
            csv.append("610324101200,天度村委会,行政村,2023Q").append(q).append(",500,200,").append(q == 3 ? "" : "10").append(",90%\n");
        }
        Files.writeString(ws.resolve("data/communities.csv"), csv);
    }

    private JsonNode aggregate(String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("aggregate", ws.toString(), "--format", "json", "--by", "county"));
        args.addAll(List.of(more));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertTrue(r.code() <= 1, r.err()); // 1: the national rules find units below the standards
        return levels(r.out());
    }

    /** The levels written: one object, or an array of them for several periods. */
    private static JsonNode levels(String out) throws Exception {
        JsonNode n = JSON.readTree(out);
        return n.isArray() ? n : JSON.createArrayNode().add(n);
    }

    private static JsonNode total(JsonNode aggregate, String period) {
        for (JsonNode level : aggregate) {
            if (level.get("period").asText().equals(period)) {
                return level.get("total");
            }
        }
        throw new AssertionError("no level of " + period + " in " + aggregate);
    }

    @Test
    void eachQuarterIsAddedUpOnItsOwnAndNamedAsWritten() throws Exception {
        JsonNode all = aggregate();
        List<String> periods = new ArrayList<>();
        all.forEach(l -> periods.add(l.get("period").asText()));
        assertEquals(List.of("2023Q1", "2023Q2", "2023Q3", "2023Q4"), periods, "2023年第一季度 and 2023Q1 are one period");
        assertTrue(all.get(0).get("period").isTextual(), "a quarter is written as text, a year as a number");
        assertEquals(1504, total(all, "2023Q4").get("metrics").get("households").asLong(), "the quarter's own households, never a sum");
        assertEquals(140, total(all, "2023Q4").get("metrics").get("visits").asLong());
        JsonNode q2 = aggregate("--period", "2023年第二季度");
        assertEquals(1, q2.size());
        assertEquals(120, total(q2, "2023Q2").get("metrics").get("visits").asLong());
    }

    @Test
    void aYearOfQuartersHasOnlyItsFlowsAndOnlyWhereEveryQuarterIsThere() throws Exception {
        JsonNode year = aggregate("--period", "2023");
        JsonNode t = total(year, "2023");
        assertTrue(year.get(0).get("period").isNumber());
        assertEquals(460, t.get("metrics").get("visits").asLong(), "飞凤's four quarters; 天度 lacks one, so its year is not made up");
        long absent = t.get("missing").get("households").asLong() - 2; // the county's units that sent nothing
        assertTrue(absent > 100, t.toString());
        assertEquals(absent + 1, t.get("missing").get("visits").asLong(), "天度's visits are unreported for the year");
        assertEquals(absent + 2, t.get("missing").get("households").asLong(), "households are a stock: a year's never come from its quarters: " + t);
        assertEquals(absent + 2, t.get("missing").get("satisfaction").asLong(), "nor is a rate");
        assertTrue(t.get("metrics").get("households").isNull(), "nobody's households are null, not 0: " + t.get("metrics"));
        assertEquals(2, t.get("units").asLong());
        Cli said = Cli.run("aggregate", ws.toString(), "--period", "2023", "--lang", "en", "-o", tmp.resolve("year.csv").toString());
        assertTrue(said.err().contains("shequ: the inputs hold no rows for 2023, only parts of it, from 2 units: the flows"), said.err());
    }

    @Test
    void theRunOfAYearOfQuartersSaysSoAndWritesNoDocumentOnIt() throws Exception {
        Files.writeString(ws.resolve("shequ.yaml"), "period: 2023\n" + Files.readString(ws.resolve("shequ.yaml")));
        Cli r = Cli.run("run", ws.toString(), "--lang", "zh");
        assertTrue(r.code() <= 1, r.err());
        String findings = Files.readString(ws.resolve("out/findings.txt"));
        assertTrue(findings.contains("输入中没有2023年的全年数据，只有其中各期（2 个单位）：流量指标（议事成功案例、入户走访、宣传文章、工作经费）"
                + "在单位各期齐全时由各季度（半年、月）相加，按各期为当期数、不是累计数计，共 1 项；1 项因缺期未相加"), findings);
        assertFalse(findings.contains("DATA-UNREPORTED  610324001001"), "a unit that sent its quarters did not send nothing");
        assertTrue(findings.contains("工作情况汇报 未生成：2023年没有全年报表"), findings);
        assertFalse(Files.exists(ws.resolve("out/工作情况汇报.md")));
    }

    @Test
    void aQuarterlyRunNamesTheQuarterAndLeavesTheAnnualWorkPointsUnwritten() throws Exception {
        Cli r = Cli.run("run", ws.toString(), "--lang", "zh");
        assertTrue(r.code() <= 1, r.err());
        String report = Files.readString(ws.resolve("out/工作情况汇报.md"));
        assertTrue(report.contains("关于2023年第四季度社区治理工作情况的汇报") || report.contains("2023年第四季度社区治理工作情况"), report);
        assertFalse(report.contains("2023年社区") || report.contains("2023年底"), "a quarter is never called the year: " + report);
        assertTrue(report.contains("与上期相比") && !report.contains("上一年度"), "compared with the third quarter, not a year: " + report);
        assertTrue(report.contains("2023年第四季度议事成功案例"), "a quarter's flows say whose they are: " + report);
        String findings = Files.readString(ws.resolve("out/findings.txt"));
        assertTrue(findings.contains("输入中有多个期间（2023年第一季度、2023年第二季度、2023年第三季度、2023年第四季度）"), findings);
        assertTrue(findings.contains("工作要点 是年度文书，本次统计期间为2023年第四季度，未生成"), findings);
        assertFalse(Files.exists(ws.resolve("out/工作要点.md")));
        // a template of one's own that does not say which periods it is for is taken as written for years
        Files.createDirectories(ws.resolve("templates"));
        Files.writeString(ws.resolve("templates/mine.md.ftl"), "# ${place.name}${year(period)}年工作小结\n");
        Files.writeString(ws.resolve("shequ.yaml"), Files.readString(ws.resolve("shequ.yaml")).replace("reports:\n",
                "reports:\n  - template: mine\n    name: 小结\n    formats: [md]\n    facts: {date: 2024-01-15}\n"));
        Cli.run("run", ws.toString(), "--lang", "zh");
        assertTrue(Files.readString(ws.resolve("out/findings.txt")).contains("小结 未生成：其模板没有声明适用的期间"));
        assertFalse(Files.exists(ws.resolve("out/小结.md")));
    }

    @Test
    void anAnnualTargetIsMeasuredOnTheYearsFlowsNeverOnAQuarter() throws Exception {
        Files.writeString(ws.resolve("data/targets.csv"), "镇(街),指标,目标值,完成时限\n城关街道,入户走访,500,2023-12-31\n天度镇,入户走访,30,2023-12-31\n");
        // no jurisdiction: with one, the township's units that sent nothing leave its sum incomplete, and it has no actual
        Files.writeString(ws.resolve("shequ.yaml"), "inputs: [data/communities.csv, data/targets.csv]\n");
        Cli.run("run", ws.toString(), "--lang", "zh");
        String quarterly = Files.readString(ws.resolve("out/findings.txt"));
        assertFalse(quarterly.contains("TARGET-BEHIND"), "the fourth quarter's 130 visits are not the year's: " + quarterly);
        try (var wb = WorkbookFactory.create(ws.resolve("out/目标任务进度.xlsx").toFile())) {
            var sheet = wb.getSheetAt(0);
            for (int r = 1; r <= 2; r++) {
                var actual = sheet.getRow(r).getCell(5);
                assertTrue(actual == null || actual.getCellType() == CellType.BLANK, "no quarter's actual beside a year's target, row " + r);
            }
        }
        Files.writeString(ws.resolve("shequ.yaml"), "period: 2023\n" + Files.readString(ws.resolve("shequ.yaml")));
        Cli.run("run", ws.toString(), "--lang", "zh");
        List<String> behind = Files.readString(ws.resolve("out/findings.txt")).lines().filter(l -> l.contains("TARGET-BEHIND")).toList();
        assertEquals(1, behind.size(), "城关街道 on its four quarters' visits; 天度镇 lacks a quarter, so it has no actual: " + behind);
        assertTrue(behind.get(0).contains("城关街道“入户走访”完成 460，目标 500"), behind.get(0));
    }

    @Test
    void theSampleWithAQuarterOfTheNextYearAddedKeepsItsYearsAndItsDocuments() throws Exception {
        Path sample = SampleWorkspaceTest.copy(FeedbackCommandTest.FUFENG, tmp);
        Files.writeString(sample.resolve("data/2024年第一季度.csv"), """
                统一代码,社区名称,社区类型,年度,户数,综合服务设施面积,入户走访
                610324001001,飞凤社区居委会,城市社区,2024Q1,3010,1009.6,1500
                610324001004,胜利机械厂社区居委会,城市社区,2024Q1,2990,1420,700
                """);
        JsonNode before = levels(Cli.run("aggregate", sample.toString(), "--format", "json", "--by", "county").out());
        Files.writeString(sample.resolve("shequ.yaml"), Files.readString(sample.resolve("shequ.yaml"))
                .replace("inputs:\n", "inputs:\n  - data/2024年第一季度.csv\n"));
        JsonNode after = levels(Cli.run("aggregate", sample.toString(), "--format", "json", "--by", "county").out());
        List<String> periods = new ArrayList<>();
        after.forEach(l -> periods.add(l.get("period").asText()));
        assertEquals(List.of("2022", "2023", "2024Q1"), periods, "a quarter is a period of its own, after the years");
        assertEquals(before.get(1), after.get(1), "2023 is the same with the next year's first quarter beside it");
        assertEquals(2200, total(after, "2024Q1").get("metrics").get("visits").asLong());
        Cli run = Cli.run("run", sample.toString(), "--lang", "zh");
        assertTrue(run.code() <= 1, run.err());
        // the same documents, but for the audit's count of findings, which covers every row read (the quarter's file lacks columns)
        for (String doc : List.of("社区治理工作情况汇报.md", "提案答复.md", "2024年社区建设工作要点.md")) {
            assertEquals(withoutAudit(Files.readString(FeedbackCommandTest.FUFENG.resolve("expected-documents").resolve(doc))),
                    withoutAudit(Files.readString(sample.resolve("out").resolve(doc))), doc + ": the workspace's period is 2023; a later quarter beside it changes nothing");
        }
    }

    private static String withoutAudit(String document) {
        return document.lines().filter(l -> !l.startsWith("数据审核共发现")).collect(Collectors.joining("\n"));
    }

    /** The compliance table of a quarter counts only the standards that apply to a quarter, and names the annual ones. */
    @Test
    void aQuartersComplianceTableLeavesTheAnnualStandardsOut() throws Exception {
        Path q = tmp.resolve("quarter");
        Files.createDirectories(q.resolve("data"));
        Files.writeString(q.resolve("data/季报.csv"), """
                统一代码,社区名称,社区类型,年度,户数,综合服务设施面积,议事成功案例
                610324001001,飞凤社区居委会,城市社区,2023Q4,1000,400,1
                610324001004,胜利机械厂社区居委会,城市社区,2023Q4,1000,400,0
                """);
        Files.writeString(q.resolve("shequ.yaml"), """
                jurisdiction: "610324"
                period: 2023Q4
                inputs: [data/季报.csv]
                rules: [fufeng-2018]
                office: 扶风县民政局
                facts: {addressee: 县委、县政府, date: 2024-01-15}
                reports:
                  - {template: compliance, name: 一览表, formats: [md]}
                """);
        Cli r = Cli.run("run", q.toString(), "--lang", "zh");
        assertTrue(r.code() <= 1, r.err());
        String table = Files.readString(q.resolve("out/一览表.md"));
        assertTrue(table.contains("“每年议事成功案例不少于规定数”") && table.contains("是全年的标准，本期的数据只是一年的一部分，不适用，未核算。"), table);
        assertFalse(table.contains("逐个社区核算的6条"), "the annual standards are not counted: " + table);
    }

    @Test
    void aRuleOnAYearsFlowIsNotJudgedOnAQuartersRow() throws Exception {
        Path csv = tmp.resolve("季报.csv");
        Files.writeString(csv, """
                统一代码,社区名称,社区类型,年度,户数,综合服务设施面积,议事成功案例
                610324001001,飞凤社区居委会,城市社区,2023Q1,1000,300,1
                610324001004,胜利机械厂社区居委会,城市社区,2023Q1,1000,100,0
                610324001001,飞凤社区居委会,城市社区,2023,1000,300,1
                """);
        Cli r = Cli.run("validate", csv.toString(), "--rules", "fufeng-2018", "--lang", "zh");
        List<String> deliberation = r.out().lines().filter(l -> l.contains("STD-DELIBERATION")).map(String::strip).toList();
        assertEquals(2, deliberation.size(), "one word for the quarter's rows, one failure for the year's row: " + r.out());
        assertTrue(deliberation.get(0).contains("提示  STD-DELIBERATION  规则 STD-DELIBERATION 按全年的“议事成功案例”判断，本文件的行是2023年第一季度的数据：不适用"), deliberation.get(0));
        assertTrue(deliberation.get(1).contains("本年议事成功案例 1 个，少于 2 个") && deliberation.get(1).startsWith("4 "), deliberation.get(1));
        assertTrue(r.out().contains("STD-SPACE-100  610324001004"), "a stock's standard holds for any period: " + r.out());
    }

    @Test
    void townshipTotalsOfNoKnownPeriodAreNotComparedWithNothing() throws Exception {
        Files.writeString(ws.resolve("data/合计.csv"), "统计单位代码,名称,单位数,户数\n610324001,城关街道,25,19617\n");
        Files.writeString(ws.resolve("shequ.yaml"), Files.readString(ws.resolve("shequ.yaml"))
                .replace("inputs: [data/communities.csv]", "inputs: [data/communities.csv, {path: data/合计.csv, kind: totals}]"));
        Cli r = Cli.run("run", ws.toString(), "--lang", "zh");
        assertTrue(r.code() <= 1, r.err());
        String findings = Files.readString(ws.resolve("out/findings.txt"));
        assertTrue(findings.contains("上报合计没有期间，而社区数据都有期间（2023年第一季度、2023年第二季度、2023年第三季度、2023年第四季度）：未比对"), findings);
        assertFalse(findings.contains("所辖单位合计 0"), findings);
    }

    @Test
    void diffComparesTwoQuartersOfOneInput() throws Exception {
        Cli r = Cli.run("diff", ws.resolve("data/communities.csv").toString(), "--from", "2023Q1", "--to", "2023Q2", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode d = JSON.readTree(r.out());
        assertEquals("2023Q1", d.get("from").asText());
        assertEquals("2023Q2", d.get("to").asText());
        Cli none = Cli.run("diff", ws.resolve("data/communities.csv").toString(), "--from", "2023Q1", "--to", "2024Q1");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("2024年第一季度") && none.err().contains("2023年第一季度、2023年第二季度、2023年第三季度、2023年第四季度"), none.err());
        Files.writeString(ws.resolve("shequ.yaml"), "period: 2023\n" + Files.readString(ws.resolve("shequ.yaml")));
        Cli made = Cli.run("diff", ws.toString(), ws.toString(), "--lang", "en");
        assertEquals(2, made.code(), "a year made of its quarters is compared with nothing: " + made.out());
        assertTrue(made.err().startsWith("shequ: the inputs hold no rows for 2023, only its quarters"), made.err());
    }

    @Test
    void aTitleNamesTheQuarterOfATableWithoutAPeriodColumn() throws Exception {
        Path csv = tmp.resolve("三季度.csv");
        Files.writeString(csv, """
                扶风县2023年第三季度社区基本情况统计表
                统一代码,社区名称,户数,综合服务设施面积
                610324001001,飞凤社区居委会,1000,300
                """);
        Cli r = Cli.run("aggregate", csv.toString(), "--format", "json", "--by", "county");
        assertEquals(0, r.code(), r.err());
        assertEquals("2023Q3", levels(r.out()).get(0).get("period").asText());
        Path dated = tmp.resolve("填报日期.csv");
        Files.writeString(dated, """
                扶风县社区基本情况统计表 填报日期：2024年1月8日
                统一代码,社区名称,户数,综合服务设施面积
                610324001001,飞凤社区居委会,1000,300
                """);
        Cli d = Cli.run("aggregate", dated.toString(), "--format", "json", "--by", "county");
        assertTrue(levels(d.out()).get(0).get("period").isNull(), "a date of filling is no period: " + d.out());
        Path made = tmp.resolve("制表.csv");
        Files.writeString(made, """
                扶风县2023年社区基本情况统计表,,制表：2024年1月
                统一代码,社区名称,户数,综合服务设施面积
                610324001001,飞凤社区居委会,1000,300
                """);
        Cli m = Cli.run("aggregate", made.toString(), "--format", "json", "--by", "county");
        assertEquals(2023, levels(m.out()).get(0).get("period").asLong(), "the month the table was made is no second period: " + m.err());
        Path running = tmp.resolve("累计.csv");
        Files.writeString(running, """
                扶风县2023年1-6月社区工作统计表
                统一代码,社区名称,户数,综合服务设施面积
                610324001001,飞凤社区居委会,1000,300
                """);
        Cli v = Cli.run("validate", running.toString(), "--lang", "zh");
        assertTrue(v.out().contains("标题“扶风县2023年1-6月社区工作统计表”写的是跨几期的累计期间"), v.out());
        Cli a = Cli.run("aggregate", running.toString(), "--format", "json", "--by", "county");
        assertTrue(levels(a.out()).get(0).get("period").isNull(), "six months' running total is not the year 2023: " + a.out());
        Cli conflict = Cli.run("validate", csv.toString(), "--period", "2023", "--lang", "zh");
        assertEquals(1, conflict.code());
        assertTrue(conflict.out().contains("错误  DATA-LAYOUT") && conflict.out().contains("标题“扶风县2023年第三季度社区基本情况统计表”写的是2023年第三季度，但本表按2023年读取"),
                conflict.out());
    }

    @Test
    void aMonthIsAValueAndAPeriodThatIsNoneIsOneLine() throws Exception {
        Path csv = tmp.resolve("月报.csv");
        Files.writeString(csv, """
                统一代码,社区名称,年度,户数,综合服务设施面积
                610324001001,飞凤社区居委会,2023-03,1000,300
                610324001004,胜利机械厂社区居委会,2023年13月,1000,300
                610324001005,某社区居委会,2023.1,1000,300
                """);
        Cli r = Cli.run("validate", csv.toString(), "--lang", "zh");
        assertTrue(r.out().contains("“2023年13月”不是年度或期间"), r.out());
        assertFalse(r.out().contains("“2023-03”"), "a month is a period: " + r.out());
        assertTrue(r.out().contains("“2023.1”不是年度或期间"), "January, or October typed as a number: not guessed: " + r.out());
        Cli bad = Cli.run("aggregate", csv.toString(), "--period", "2023Q5", "--lang", "en");
        assertEquals(2, bad.code());
        assertEquals("shequ: invalid value \"2023Q5\" for --period: 2023, 2023H1, 2023Q1, 2023-03 (年度、半年、季度或月份)",
                bad.err().lines().findFirst().orElseThrow(), "one line, then where the help is: " + bad.err());
    }

    @Test
    void aFreshWorkspaceForAQuarterCollectsTheNextQuarter() throws Exception {
        Path fresh = tmp.resolve("fresh");
        Cli init = Cli.run("init", fresh.toString(), "--jurisdiction", "610324", "--period", "2024Q1");
        assertEquals(0, init.code(), init.err());
        String yaml = Files.readString(fresh.resolve("shequ.yaml"));
        assertTrue(yaml.contains("period: 2024Q1") && yaml.contains("title: 扶风县2024年第一季度社区基本情况") && yaml.contains("date: 2024-04-15"), yaml);
        Cli run = Cli.run("run", fresh.toString(), "--lang", "zh");
        assertTrue(run.code() <= 1, run.err());
        assertTrue(Files.readString(fresh.resolve("out/社区治理工作情况汇报.md")).contains("2024年第一季度"));
        Cli forms = Cli.run("forms", fresh.toString(), "-o", tmp.resolve("forms").toString(), "--lang", "zh");
        assertEquals(0, forms.code(), forms.err());
        try (var files = Files.list(tmp.resolve("forms"))) {
            assertTrue(files.allMatch(f -> f.getFileName().toString().contains("2024年第二季度")), "the quarter after the data's");
        }
    }
}
