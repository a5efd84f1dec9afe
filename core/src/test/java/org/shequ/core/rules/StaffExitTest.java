package org.shequ.core.rules;

import org.shequ.core.Text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;

/** STAFF-EXIT joins the staff register and the evaluations, which live in different files. */
class StaffExitTest {
    @TempDir
    Path dir;

    static Map<String, String> eval(String id, String year, String result) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("staff_id", id);
        m.put("year", year);
        m.put("result", result);
        return m;
    }

    @Test
    void twoRunningOrThreeInTotal() {
        List<Map<String, String>> evals = new ArrayList<>(List.of(
                eval("A", "2021", "不合格"), eval("A", "2022", "不合格"),                               // 2 running: exit
                eval("B", "2020", "不合格"), eval("B", "2021", "合格"), eval("B", "2022", "不合格"),     // 2 apart: stays
                eval("C", "2019", "不合格"), eval("C", "2021", "不合格"), eval("C", "2023", "不合格"),   // 3 in all: exit
                eval("D", "2022", "基本合格"), eval("D", "2023", "不合格")));                          // 1: stays
        Map<String, String> a = RuleHarness.staff("两委成员", "40");
        a.put("id", "A");
        Report r = RuleHarness.run(dir, List.of("puyang-2019"), Map.of("evaluations", evals, "staff", List.of(a)));
        List<Finding> exits = r.findings().stream().filter(f -> f.rule().equals("STAFF-EXIT")).toList();
        assertEquals(2, exits.size(), exits.toString());
        Finding first = exits.get(0);
        assertEquals("610324001001", first.unit(), "the community from the staff register");
        assertEquals(5, first.location().line(), "the year of the latest failed evaluation: A 2022");
        assertTrue(((Text) first.args().get(0)).zh().startsWith("王建华（A） 考核不合格年度：2021、2022"), first.args().toString());
        assertTrue(((Text) exits.get(1).args().get(0)).zh().contains("2019、2021、2023"));
    }

    @Test
    void missingResultIsADataFindingNotAnExit() {
        Report r = RuleHarness.run(dir, List.of("puyang-2019"),
                Map.of("evaluations", List.of(eval("A", "2021", "不合格"), eval("A", "2022", ""))));
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("STAFF-EXIT")));
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("DATA-REQUIRED")));
    }
}
