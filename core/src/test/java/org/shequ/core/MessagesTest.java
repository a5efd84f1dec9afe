package org.shequ.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** English nouns agree with their counts: "1 blank row", "3 blank rows", never "1 rows" or "row(s)". */
class MessagesTest {
    private final Messages en = Messages.of(Locale.ENGLISH);
    private final Messages zh = Messages.of(Locale.CHINESE);

    @Test
    void oneIsSingularEveryOtherCountPlural() {
        assertEquals("skipped 1 blank row between rows of data (line 5)", en.format("DATA-LAYOUT.rows.blank", List.of(1, 5)));
        assertEquals("skipped 3 blank rows between rows of data (line 5)", en.format("DATA-LAYOUT.rows.blank", List.of(3, 5)));
        assertEquals("skipped 0 blank rows between rows of data (line 5)", en.format("DATA-LAYOUT.rows.blank", List.of(0, 5)));
        assertEquals("1 cell of 工作经费 carries a unit of its own: converted to 万元 (e.g. 3.2万元)",
                en.format("DATA-UNIT.cells", List.of("工作经费", 1, "万元", "3.2万元")));
        assertEquals("2 cells of 工作经费 carry a unit of their own: converted to 万元 (e.g. 3.2万元)",
                en.format("DATA-UNIT.cells", List.of("工作经费", 2, "万元", "3.2万元")));
        assertEquals("t.md: the rendered document has 1 unfilled placeholder; nothing was written", en.format("render.placeholder", List.of("t.md", 1)));
    }

    @Test
    void chineseHasNoPluralsToMake() {
        String one = zh.format("DATA-LAYOUT.rows.blank", List.of(1, 5));
        String three = zh.format("DATA-LAYOUT.rows.blank", List.of(3, 5));
        assertEquals(one.replace("1", "3"), three);
    }

    @Test
    void countsNameTheirNoun() {
        assertEquals("1 file", Messages.count(1, "file", "files"));
        assertEquals("7 files", Messages.count(7, "file", "files"));
        assertEquals("0 errors", Messages.count(0, "error", "errors"));
    }

    /**
     * Every argument a message names reaches the text: a lone apostrophe (the ledger's) would start a
     * quoted stretch in MessageFormat and swallow the arguments after it; it is written twice.
     */
    @Test
    void everyArgumentReachesTheText() throws Exception {
        for (String bundle : List.of("messages.properties", "messages_zh.properties")) {
            java.util.Properties p = new java.util.Properties();
            try (var in = MessagesTest.class.getResourceAsStream(bundle)) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            Messages m = bundle.contains("_zh") ? zh : en;
            java.util.regex.Pattern arg = java.util.regex.Pattern.compile("\\{(\\d+)");
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                int max = arg.matcher(pattern).results().mapToInt(r -> Integer.parseInt(r.group(1))).max().orElse(-1);
                List<Object> args = new java.util.ArrayList<>();
                for (int i = 0; i <= max; i++) {
                    args.add("«" + i + "»");
                }
                String text = m.format(key, args);
                for (int i = 0; i <= max; i++) {
                    if (pattern.contains("{" + i)) {
                        org.junit.jupiter.api.Assertions.assertTrue(text.contains("«" + i + "»"), bundle + " " + key + ": " + text);
                    }
                }
                org.junit.jupiter.api.Assertions.assertFalse(text.contains("''"), bundle + " " + key + ": " + text);
            }
        }
    }

    /** Both languages have every key, with the same arguments in each: no message falls back to its key or loses a value. */
    @Test
    void everyKeyIsInBothLanguagesWithTheSameArguments() throws Exception {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties zh = new java.util.Properties();
        try (var a = MessagesTest.class.getResourceAsStream("messages.properties");
             var b = MessagesTest.class.getResourceAsStream("messages_zh.properties")) {
            en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            zh.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(new java.util.TreeSet<>(en.stringPropertyNames()), new java.util.TreeSet<>(zh.stringPropertyNames()));
        java.util.regex.Pattern arg = java.util.regex.Pattern.compile("\\{(\\d+)");
        for (String key : en.stringPropertyNames()) {
            java.util.Set<String> a = new java.util.TreeSet<>();
            java.util.Set<String> b = new java.util.TreeSet<>();
            arg.matcher(en.getProperty(key)).results().forEach(m -> a.add(m.group(1)));
            arg.matcher(zh.getProperty(key)).results().forEach(m -> b.add(m.group(1)));
            assertEquals(a, b, key + ": the same arguments in both languages");
        }
    }
}
