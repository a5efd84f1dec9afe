package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staff register counted (people, 持证, under 35, training met per community and level) and compared with the sheets (STAFF-COUNT). */
class StaffFiguresTest {
    @TempDir
    Path tmp;
    private Path ws;

    @BeforeEach
    void workspace() throws Exception {
        ws = tmp.resolve("ws");
        Files.createDirectories(ws.resolve("data"));
        Files.writeString(ws.resolve("shequ.yaml"), """
                jurisdiction: "610324"
                period: 2023
                inputs:
                  - data/communities.csv
                  - {path: data/staff.yaml, kind: staff}
                rules: [fufeng-2018]
                """);
        Files.writeString(ws.resolve("data/communities.csv"), """
                统一代码,社区名称,户数,综合服务设施面积,专职工作人员,年度
                610324001001,飞凤社区居委会,1000,300,3,2023
                610324001004,胜利机械厂社区居委会,1000,300,4,2023
                610324101200,天度村委会,500,200,2,2023
                """);
        // 飞凤: 3 full-time (two committee, one full-time) and a grid worker, as the sheet says; 胜利: one where the
        // sheet says 4; 天度: nobody on the register (not compared). Born 1989 is 34 in 2023, born 1988 is 35.
        // A1 is listed twice (DATA-DUPLICATE): counted once.
        Files.writeString(ws.resolve("data/staff.yaml"), """
                staff:
                  - {编号: A1, 姓名: 王一, 所属社区: "610324001001", 岗位: 两委成员, 出生年份: 1989, 持证: 是, 年度培训学时: 40}
                  - {编号: A2, 姓名: 王二, 所属社区: "610324001001", 岗位: 两委成员, 出生年份: 1988, 持证: 否, 年度培训学时: 39}
                  - {编号: A3, 姓名: 王三, 所属社区: "610324001001", 岗位: 专职工作者, 出生年份: 1970, 年度培训学时: 20}
                  - {编号: A4, 姓名: 王四, 所属社区: "610324001001", 岗位: 网格员, 持证: 是}
                  - {编号: B1, 姓名: 李一, 所属社区: "610324001004", 岗位: 专职工作者, 出生年份: 2000, 持证: 是, 年度培训学时: 19}
                  - {编号: A1, 姓名: 王一, 所属社区: "610324001001", 岗位: 两委成员, 出生年份: 1989, 持证: 是, 年度培训学时: 40}
                """);
    }

    @Test
    void eachCommunityAndLevelCountsItsPeopleAndItsSharesOverThoseKnown() throws Exception {
        Cli r = Cli.run("aggregate", ws.toString(), "--by", "community,township", "--format", "json");
        assertTrue(r.code() <= 1, r.err());
        JsonNode periods = new ObjectMapper().readTree(r.out());
        JsonNode feifeng = row(periods, "community", "610324001001");
        assertEquals(4, feifeng.get("staff_people").asLong());
        assertEquals(2.0 / 3, feifeng.get("staff_certified_share").asDouble(), 1e-4, "持证 over the three whose 持证 is known");
        assertEquals(1.0 / 3, feifeng.get("staff_young_share").asDouble(), 1e-4, "under 35 in 2023: born 1989 is, 1988 is not");
        assertEquals(2.0 / 3, feifeng.get("staff_training_share").asDouble(), 1e-4, "40 h for a committee member and 20 h for others pass");
        assertNull(row(periods, "community", "610324101200").get("staff_people"), "a community with nobody on the register has no staff figures");
        JsonNode township = row(periods, "township", "610324001");
        assertEquals(5, township.get("staff_people").asLong());
        assertEquals(3.0 / 4, township.get("staff_certified_share").asDouble(), 1e-4, "computed from the township's own counts");
        assertEquals(0.5, township.get("staff_training_share").asDouble(), 1e-4);
    }

    @Test
    void theRegistersFullTimeStaffDifferingFromTheSheetIsAWarningOnTheSheetsCell() {
        Cli r = Cli.run("validate", ws.toString(), "--format", "csv", "--lang", "zh");
        List<String> staff = r.out().lines().filter(l -> l.startsWith("STAFF-COUNT,")).toList();
        assertEquals(1, staff.size(), r.out());
        assertTrue(staff.get(0).startsWith("STAFF-COUNT,warning,data/communities.csv,,3,fulltime_staff,610324001004,胜利机械厂社区居委会,"
                + "社区工作者名册中本社区两委成员和专职工作者共 1 人，本表“专职工作人员”填 4 人,4,1"), staff.get(0));
        Cli en = Cli.run("validate", ws.toString(), "--lang", "en");
        assertTrue(en.out().contains("the staff register lists 1 committee members and full-time workers for this community; the sheet says 4 full-time staff"),
                en.out());
    }

    @Test
    void theSampleComparesItsRegisterWithItsSheets() {
        Cli r = Cli.run("validate", FeedbackCommandTest.FUFENG.toString(), "--format", "csv", "--lang", "zh");
        List<String> staff = r.out().lines().filter(l -> l.startsWith("STAFF-COUNT,")).toList();
        assertTrue(staff.stream().anyMatch(l -> l.contains(",610324001001,") && l.contains("共 2 人，本表“专职工作人员”填 6 人")), r.out());
        assertFalse(staff.stream().anyMatch(l -> l.contains(",610324102200,")), "only 其他 on the register: not compared");
    }

    private static JsonNode row(JsonNode periods, String level, String code) {
        for (JsonNode p : periods.isArray() ? periods : periods.path("periods")) {
            for (JsonNode l : p.path("levels").isMissingNode() ? List.of(p) : p.path("levels")) {
                if (!level.equals(l.path("by").asText())) {
                    continue;
                }
                for (JsonNode row : l.path("rows")) {
                    if (code.equals(row.path("code").asText())) {
                        return row.path("metrics");
                    }
                }
            }
        }
        throw new AssertionError("no row " + level + " " + code + " in " + periods);
    }
}
