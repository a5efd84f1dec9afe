package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    static final Charset GBK = Charset.forName("GB18030");

    @TempDir
    Path dir;

    /** Two periods of 城关街道: the new one renames, drops, adds and changes units. */
    void periods() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("../samples/fufeng/data/城关街道.csv"), GBK);
        Files.createDirectories(dir.resolve("old"));
        Files.createDirectories(dir.resolve("new"));
        // old: without 牛家社区 (line 11); new: without 南宫社区 (line 10), 祥云 renamed, 后沟's households doubled
        Files.write(dir.resolve("old/c.csv"), lines.stream().filter(l -> !l.startsWith("610324001009")).toList(), GBK);
        List<String> changed = lines.stream().filter(l -> !l.startsWith("610324001008")).map(l -> {
            if (l.startsWith("610324001006")) {
                return l.replace("祥云社区居委会", "祥和社区居委会");
            }
            if (l.startsWith("610324001007")) {
                String[] cells = l.split(",", -1);
                cells[5] = Integer.toString(Integer.parseInt(cells[5]) * 2);
                return String.join(",", cells);
            }
            return l;
        }).collect(Collectors.toList());
        Files.write(dir.resolve("new/c.csv"), changed, GBK);
    }

    @Test
    void unitsAndLevelsAreCompared() throws Exception {
        periods();
        Cli r = Cli.run("diff", dir.resolve("old").toString(), dir.resolve("new").toString(), "--period", "2023", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode d = new ObjectMapper().readTree(r.out());
        assertEquals("610324001009", d.get("added").get(0).get("code").asText());
        assertEquals("610324001008", d.get("removed").get(0).get("code").asText());
        assertEquals("祥和社区居委会", d.get("renamed").get(0).get("new_name").asText());
        boolean doubled = false;
        for (JsonNode c : d.get("changes")) {
            doubled |= c.get("code").asText().equals("610324001007") && c.get("field").asText().equals("households")
                    && c.get("after").asDouble() == 2 * c.get("before").asDouble();
        }
        assertTrue(doubled, r.out());
        JsonNode chengguan = d.get("levels").get(0).get("rows").get(0);
        assertEquals("610324001", chengguan.get("code").asText());
        JsonNode units = chengguan.get("metrics").get("units");
        assertEquals(0, units.get("delta").asInt(), "one unit dropped, one added");
        JsonNode hh = chengguan.get("metrics").get("households");
        assertEquals(hh.get("after").asDouble() - hh.get("before").asDouble(), hh.get("delta").asDouble(), 1e-6);
    }

    @Test
    void tableMdAndXlsx() throws Exception {
        periods();
        Cli t = Cli.run("diff", dir.resolve("old").toString(), dir.resolve("new").toString(), "--period", "2023", "--lang", "zh");
        assertTrue(t.out().contains("更名单位：1") && t.out().contains("祥和社区居委会"), t.out());
        Cli md = Cli.run("diff", dir.resolve("old").toString(), dir.resolve("new").toString(), "--period", "2023", "--format", "md", "--lang", "zh");
        assertTrue(md.out().startsWith("## 新增单位"), md.out());
        Path x = dir.resolve("d.xlsx");
        assertEquals(0, Cli.run("diff", dir.resolve("old").toString(), dir.resolve("new").toString(), "--period", "2023",
                "--format", "xlsx", "-o", x.toString()).code());
        assertTrue(Files.size(x) > 0);
    }

    @Test
    void oneInputWithTwoPeriodsIsComparedWithFromAndTo() throws Exception {
        periods();
        List<String> old = Files.readAllLines(dir.resolve("old/c.csv"), GBK);
        List<String> now = Files.readAllLines(dir.resolve("new/c.csv"), GBK);
        List<String> both = new java.util.ArrayList<>();
        both.add(old.get(0));
        assertEquals("年度", old.get(0).split(",")[4]);
        old.stream().skip(1).forEach(l -> both.add(l.replaceFirst("^((?:[^,]*,){4})2023,", "$12022,")));
        now.stream().skip(1).forEach(both::add);
        Path file = dir.resolve("both.csv");
        Files.write(file, both, GBK);
        Cli r = Cli.run("diff", file.toString(), "--from", "2022", "--to", "2023", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode d = new ObjectMapper().readTree(r.out());
        assertEquals("610324001009", d.get("added").get(0).get("code").asText());
        assertEquals("610324001008", d.get("removed").get(0).get("code").asText(), "a unit missing in the later period is listed");
        assertEquals("祥和社区居委会", d.get("renamed").get(0).get("new_name").asText());
        Cli two = Cli.run("diff", dir.resolve("old").toString(), dir.resolve("new").toString(), "--period", "2023", "--format", "json");
        JsonNode expected = new ObjectMapper().readTree(two.out());
        assertEquals(expected.get("levels"), d.get("levels"), "the same comparison as two separate inputs");

        Cli noTo = Cli.run("diff", file.toString(), "--lang", "en");
        assertEquals(2, noTo.code());
        assertTrue(noTo.err().contains("--from and --to"), noTo.err());
        Cli absent = Cli.run("diff", file.toString(), "--from", "2021", "--to", "2023", "--lang", "en");
        assertEquals(2, absent.code());
        assertTrue(absent.err().contains("no data for period 2021 (it has: 2022, 2023)"), absent.err());

        Cli agg = Cli.run("aggregate", file.toString(), "--format", "json", "-q", "--fail-on", "never");
        JsonNode levels = new ObjectMapper().readTree(agg.out());
        assertEquals(2, levels.size(), "one result per period");
        assertEquals(2022, levels.get(0).get("period").asInt());
        assertEquals(2023, levels.get(1).get("period").asInt());
        assertEquals(old.size() - 1, levels.get(0).get("total").get("units").asInt(), "never both years added together");
        Cli one = Cli.run("aggregate", file.toString(), "--period", "2022", "--format", "json", "-q", "--fail-on", "never");
        assertEquals(2022, new ObjectMapper().readTree(one.out()).get("period").asInt(), "--period selects one");
        Cli table = Cli.run("aggregate", file.toString(), "--lang", "zh", "-q", "--fail-on", "never");
        assertTrue(table.out().startsWith("2022年 乡镇（街道）") && table.out().contains("\n2023年 乡镇（街道）"), table.out());
    }
}
