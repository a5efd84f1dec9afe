package org.shequ.core.access;

import org.shequ.core.workspace.PlanLoader;
import org.shequ.core.workspace.DataPass;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Validator;
import org.shequ.core.workspace.Plan;

class AccessTest {
    static final String LISTS = """
            lists:
              - kind: assistance
                title: 协助政府工作事项清单
                document: 辽民发〔2020〕116号
                effective: 2020-09-01
                items:
                  - {id: A01, name: 城乡居民医疗保险参保登记, aliases: [医保参保登记], department: 区医保局}
                  - {id: A09, name: 城乡居民养老保险参保, department: 区人社局}
                  - {id: A20, name: 文明城市创建, department: 区文明办}
                  - {id: A12, name: 禁毒宣传教育, department: 区公安分局}
              - kind: certificates
                title: 证明事项保留清单
                effective: 2021-03-01
                items:
                  - {id: C01, name: 困难群众家庭情况证明, department: 区民政局}
              - kind: negative
                title: 负面清单
                document: 辽组通字〔2018〕34号
                effective: 2018-12-01
                items:
                  - {id: N02, name: 协税护税}
            approvals:
              - {item: 入户问卷, department: 区文明办, approved: 2023-03-01, expires: 2023-06-30, scope: [全部]}
              - {item: 经济普查, department: 区统计局, approved: 2023-08-01, expires: 2024-04-30, scope: [220402001001]}
            exits:
              - {list: assistance, item: A20, date: 2023-01-01}
            """;

    @TempDir
    Path dir;

    /** The ACCESS rules a single task breaches (empty when allowed). */
    List<String> judge(String department, String item, String itemId, String kind, String date) throws IOException {
        return findings(department, item, itemId, kind, date).stream()
                .filter(f -> f.rule().startsWith("ACCESS-")).map(Finding::rule).toList();
    }

    List<Finding> findings(String department, String item, String itemId, String kind, String date) throws IOException {
        Files.writeString(dir.resolve("lists.yaml"), LISTS);
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/ledger.csv"), "编号,社区代码,下达部门,事项名称,事项编号,类型,下达日期\n"
                + "T1,220402001001," + department + "," + item + "," + itemId + "," + kind + "," + date + "\n");
        Files.writeString(dir.resolve("shequ.yaml"), "period: 2023\naccess: [lists.yaml]\n");
        Plan plan = PlanLoader.load(List.of(dir), List.of(dir.toString()), Plan.Overrides.NONE);
        return DataPass.of(plan).validate(List.of(), Validator.Progress.NONE).findings();
    }

    @ParameterizedTest(name = "{1} {4} → {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "区医保局|城乡居民医疗保险参保登记|-|工作任务|2023-05-01|-",
            "区医保局|医保参保登记|-|工作任务|2023-05-01|-",
            "区人社局|协助做好城乡居民养老保险参保工作|-|工作任务|2023-05-01|-",
            "区医保局|任意名称|A01|工作任务|2023-05-01|-",
            "区医保局|城乡居民医疗保险参保登记|-|工作任务|2020-08-31|ACCESS-UNLISTED",
            "区医保局|城乡居民医疗保险参保登记|-|工作任务|2020-09-01|-",
            "区文明办|文明城市创建|-|工作任务|2022-12-31|-",
            "区文明办|文明城市创建|-|工作任务|2023-01-01|ACCESS-EXITED",
            "区文明办|入户问卷|-|工作任务|2023-02-28|ACCESS-APPROVAL",
            "区文明办|入户问卷|-|工作任务|2023-03-01|-",
            "区文明办|入户问卷|-|工作任务|2023-06-30|-",
            "区文明办|入户问卷|-|工作任务|2023-07-01|ACCESS-APPROVAL",
            "区统计局|经济普查|-|工作任务|2023-09-01|-",
            "区税务局|协税护税|-|工作任务|2023-05-01|ACCESS-NEGATIVE",
            "区民政局|困难群众家庭情况证明|-|出具证明|2023-05-01|-",
            "区派出所|亲属关系证明|-|出具证明|2023-05-01|ACCESS-CERTIFICATE",
            "区档案局|档案达标评比|-|考核评比|2023-05-01|ACCESS-EVALUATION",
            "区财政局|城乡居民医疗保险参保登记|-|工作任务|2023-05-01|ACCESS-DEPARTMENT",
            "区卫健局|创建无烟单位检查|-|工作任务|2023-05-01|ACCESS-UNLISTED",
            "区公安分局|协助配合做好禁毒宣传教育工作|-|工作任务|2023-05-01|-",
            "区公安分局|关于做好禁毒宣传教育工作的通知|-|工作任务|2023-05-01|-",
            "区人社局|关于做好城乡居民养老保险参保工作的通知|-|工作任务|2023-05-01|-",
            "龙山区公安分局|禁毒宣传教育|-|工作任务|2023-05-01|-",
            "辽源市龙山区公安分局|禁毒宣传教育|-|工作任务|2023-05-01|-",
            "西安区公安分局|禁毒宣传教育|-|工作任务|2023-05-01|ACCESS-DEPARTMENT",
            "龙山区统计局|经济普查|-|工作任务|2023-09-01|-",
            "区民政局|经济普查|-|工作任务|2023-09-01|ACCESS-UNLISTED"})
    void verdicts(String department, String item, String itemId, String kind, String date, String expected) throws IOException {
        assertEquals(expected == null ? List.of() : List.of(expected), judge(department, item, itemId == null ? "" : itemId, kind, date));
    }

    @Test
    void anApprovalHeldByAnotherDepartmentIsSaid() throws IOException {
        Finding f = findings("区民政局", "经济普查", "", "工作任务", "2023-09-01").stream()
                .filter(x -> x.rule().equals("ACCESS-UNLISTED")).findFirst().orElseThrow();
        assertEquals("ACCESS-UNLISTED.otherDepartment", f.messageKey());
        assertEquals(List.of("经济普查", "区统计局", "区民政局"), f.args());
        assertEquals("该事项的准入审批属于区统计局", org.shequ.core.Messages.of(java.util.Locale.CHINESE)
                .format(f.messageKey(), f.args()).replaceAll(".*；(该事项的准入审批属于区统计局).*", "$1"));
    }

    @Test
    void tasksOutsideTheJurisdictionAreWarnedAndCountedNowhere() throws IOException {
        Files.writeString(dir.resolve("lists.yaml"), LISTS);
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/ledger.csv"), "编号,社区代码,下达部门,事项名称,类型,下达日期\n"
                + "T1,220402001001,区卫健局,创建无烟单位检查,工作任务,2023-05-01\n"
                + "T2,220403001001,区卫健局,创建无烟单位检查,工作任务,2023-05-01\n");
        Files.writeString(dir.resolve("data/c.csv"), "统一代码,社区名称,户数,综合服务设施面积\n220402001001,东吉社区居委会,1000,300\n");
        Files.writeString(dir.resolve("shequ.yaml"), "period: 2023\njurisdiction: '220402'\naccess: [lists.yaml]\n");
        DataPass.Aggregated a = DataPass.of(PlanLoader.load(List.of(dir), List.of(dir.toString()), Plan.Overrides.NONE))
                .aggregate(List.of("township"), Validator.Progress.NONE, true);
        assertTrue(a.report().findings().stream().anyMatch(f -> f.rule().equals("DATA-CODE") && f.messageKey().equals("DATA-CODE.outside")));
        assertEquals(1L, a.levels().get(0).total().metrics().get("tasks"), "the other district's task is not in the total");
        assertTrue(a.levels().get(0).rows().stream().noneMatch(r -> r.code().startsWith("220403")),
                "and makes no township row of the other district");
        assertEquals(List.of("220402001"), a.levels().get(0).rows().stream().filter(r -> r.units() > 0)
                .map(org.shequ.core.aggregate.Row::code).toList(), "the district's townships that sent nothing have rows of no unit");
        assertEquals(List.of("220402001001"), List.copyOf(a.burden().byCommunity().keySet()));
        assertEquals(1, a.burden().byDepartment().get("区卫健局").tasks());
    }

    @Test
    void anApprovalOutsideItsScope() throws IOException {
        Files.writeString(dir.resolve("lists.yaml"), LISTS);
        List<Finding> f = findings("区统计局", "经济普查", "", "工作任务", "2023-09-01");
        assertTrue(f.stream().noneMatch(x -> x.rule().startsWith("ACCESS")), "in scope");
        String lists = LISTS.replace("scope: [220402001001]", "scope: [220402001002]");
        Files.writeString(dir.resolve("lists2.yaml"), lists);
        Files.writeString(dir.resolve("shequ.yaml"), "period: 2023\naccess: [lists2.yaml]\n");
        List<Finding> out = DataPass.of(PlanLoader.load(List.of(dir), List.of(dir.toString()), Plan.Overrides.NONE))
                .validate(List.of(), Validator.Progress.NONE).findings();
        assertEquals("ACCESS-APPROVAL.scope", out.stream().filter(x -> x.rule().equals("ACCESS-APPROVAL")).findFirst().orElseThrow().messageKey());
    }

    @Test
    void aNearMissGetsASuggestionAnUnrelatedNameNone() throws IOException {
        Finding near = findings("区医保局", "城乡居民医保参保登记", "", "工作任务", "2023-05-01").get(0);
        assertEquals("ACCESS-UNLISTED.suggest", near.messageKey());
        assertEquals("城乡居民医疗保险参保登记", near.args().get(1));
        Finding far = findings("区卫健局", "创建无烟单位检查", "", "工作任务", "2023-05-01").get(0);
        assertEquals("ACCESS-UNLISTED", far.messageKey());
    }

    @Test
    void badListsAreFindingsAndTheRestIsStillRead() throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), """
                lists:
                  - kind: 奇怪清单
                    title: 不知道是什么
                    effective: 2020-01-01
                    items: [{id: X1, name: 某事}]
                  - kind: assistance
                    title: 协助清单
                    effective: 2020-13-01
                    items:
                      - {id: A1, name: 甲事项}
                      - {id: A1, name: 乙事项}
                      - {id: A2, name: 丙事项, exit: 明年}
                approvals:
                  - {item: 丁事项, department: 区统计局, approved: 2023-08-01, expires: 2023-07-01}
                  - {item: 戊事项, department: 区统计局, approved: 2023-08-01, expires: 2023-09-01}
                """);
        AccessCatalog c = new AccessLoader(org.shequ.core.schema.Dictionary.builtIn(), org.shequ.core.io.ReadLimits.DEFAULT)
                .load(List.of(org.shequ.core.io.SourceFile.of(dir.resolve("bad.yaml"), "bad.yaml")));
        List<String> got = c.problems().stream().sorted(Finding.ORDER)
                .map(f -> f.location().line() + " " + f.rule() + " " + f.messageKey()).toList();
        assertEquals(List.of("2 DATA-TYPE access.listKind", "8 DATA-TYPE access.badDate", "11 DATA-DUPLICATE access.duplicateId",
                "12 DATA-TYPE DATA-TYPE.date", "14 DATA-CONSISTENCY access.approvalEnds"), got);
        assertEquals(1, c.lists().size(), "the list with an unknown kind is not read; the other is");
        assertEquals(List.of("A1", "A2"), c.lists().get(0).items().stream().map(AccessItem::id).toList(),
                "the second A1 is not read; A2 is, without an exit date (its bad date is a finding)");
        assertEquals(1, c.approvals().size());
    }

    @Test
    void burdenCountsTasksNotAllowedAndCertificates() throws IOException {
        Files.writeString(dir.resolve("lists.yaml"), LISTS);
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/ledger.csv"), "编号,社区代码,下达部门,事项名称,类型,下达日期\n"
                + "T1,220402001001,区医保局,城乡居民医疗保险参保登记,工作任务,2023-05-01\n"
                + "T2,220402001001,区税务局,协税护税,工作任务,2023-05-01\n"
                + "T3,220402001001,区民政局,困难群众家庭情况证明,出具证明,2023-05-01\n"
                + "T4,220402001002,区派出所,亲属关系证明,出具证明,2023-05-01\n"
                + "T5,220402001002,区财政局,城乡居民医疗保险参保登记,工作任务,2023-05-01\n");
        Files.writeString(dir.resolve("shequ.yaml"), "period: 2023\naccess: [lists.yaml]\n");
        Burden b = DataPass.of(PlanLoader.load(List.of(dir), List.of(dir.toString()), Plan.Overrides.NONE)).run(List.of(), Validator.Progress.NONE).burden();
        Burden.Counts first = b.byCommunity().get("220402001001");
        assertEquals(3, first.tasks());
        assertEquals(1, first.notAllowed());
        assertEquals(1, first.certificates());
        Burden.Counts second = b.byCommunity().get("220402001002");
        assertEquals(2, second.tasks());
        assertEquals(1, second.notAllowed(), "a department warning is not a task that was not allowed");
        assertEquals(0.5, second.share());
        assertEquals(1, b.byDepartment().get("区税务局").notAllowed());
    }
}
