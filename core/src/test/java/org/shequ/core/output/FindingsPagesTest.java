package org.shequ.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shequ.core.Messages;
import org.shequ.core.io.Location;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Severity;
import org.shequ.core.validate.Summary;

/**
 * Findings too many for one page are split by area: a province per page, its cities (then its
 * counties) when it alone is over the limit, the findings without a unit code apart, an index with
 * each area's counts and link; a later run with fewer findings removes the pages it did not write.
 */
class FindingsPagesTest {
    @TempDir
    Path dir;

    private static final FindingsWriter.View VIEW = new FindingsWriter.View(Messages.of(Locale.CHINESE), "t", -1, false);

    private static Finding finding(String unit, Severity s, int line) {
        return Finding.of("DATA-RANGE", s).at(new Location("a.csv", null, line, "households"))
                .unit(unit, unit == null ? null : "单位" + line).message("DATA-RANGE.below", "户数", -5, 0, "户").build();
    }

    private static Report report(List<Finding> findings) {
        return new Report(new Summary(1, findings.size(), findings.size(), 0, 0, 0), findings);
    }

    private List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        int line = 2;
        for (String unit : List.of("610324100201", "610324100202", "610324101203", "610302001001", "610302001002",
                "110101001001", "110101001002", "110105001001")) {
            all.add(finding(unit, Severity.ERROR, line++));
        }
        all.add(finding(null, Severity.WARNING, line++));
        all.add(finding("bad", Severity.WARNING, line));
        return all;
    }

    @Test
    void aProvinceOverTheLimitIsSplitIntoItsCitiesAndCounties() throws Exception {
        Path index = dir.resolve("findings.html");
        Files.createDirectories(dir.resolve("findings"));
        Files.writeString(dir.resolve("findings/62-甘肃省.html"), "an earlier run's page");
        Files.writeString(dir.resolve("findings/notes.txt"), "the user's own file");
        List<Path> pages = FindingsPages.write(index, report(findings()), VIEW, 4);
        assertEquals(List.of("11-北京市.html", "610302-渭滨区.html", "610324-扶风县.html", "其他.html"),
                pages.stream().map(p -> p.getFileName().toString()).toList(), "陕西 (5) over 4: 宝鸡 (5) over 4: its counties");
        assertEquals(3, rows(pages.get(0)), "北京's three");
        assertEquals(2, rows(pages.get(1)));
        assertEquals(3, rows(pages.get(2)));
        assertEquals(2, rows(pages.get(3)), "no code and a code that is not one");
        String html = Files.readString(index);
        assertTrue(html.contains("<a href=\"findings/610324-扶风县.html\">扶风县</a></td><td class=\"n\">3</td>"), html);
        assertTrue(html.contains("<a href=\"findings/其他.html\">无单位代码</a>"), html);
        assertTrue(Files.readString(pages.get(2)).contains("<a href=\"../findings.html\">← 全部地区</a>"));
        assertFalse(Files.exists(dir.resolve("findings/62-甘肃省.html")), "an earlier run's page is gone");
        assertTrue(Files.exists(dir.resolve("findings/notes.txt")), "what is not a page stays");

        FindingsPages.write(index, report(findings().subList(0, 3)), VIEW, 4);
        assertEquals(3, rows(index), "under the limit: one page again");
        assertFalse(Files.exists(dir.resolve("findings/11-北京市.html")));
    }

    @Test
    void aPageAtTheLimitIsOnePage() throws Exception {
        Path index = dir.resolve("findings.html");
        assertEquals(List.of(), FindingsPages.write(index, report(findings().subList(0, 4)), VIEW, 4));
        assertEquals(4, rows(index));
        assertFalse(Files.exists(dir.resolve("findings")));
    }

    private static long rows(Path page) throws Exception {
        return Files.readString(page).lines().filter(l -> l.startsWith("<tr class=")).count();
    }
}
