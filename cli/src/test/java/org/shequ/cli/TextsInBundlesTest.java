package org.shequ.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text is in a bundle, addressed by key: what the commands say in the message bundles, in both
 * languages (MessagesTest checks that every key is in both), the Chinese shequ writes in
 * words.properties, the words it reads in vocabulary.properties. No source of core or the command
 * line holds a Chinese literal or picks a text inline by language ({@code zh ? "…" : "…"}), no key is
 * written twice, and every words or vocabulary key a source asks for by a literal name is there.
 */
class TextsInBundlesTest {
    /**
     * A choice by language ({@code zh}, {@code chinese()}, {@code Lang.chinese(…)}, {@code view.zh()}) between
     * string literals, the first holding Chinese (a CJK character or full-width punctuation).
     */
    private static final Pattern INLINE = Pattern.compile("(\\bzh\\b|\\bchinese\\b|chinese\\([^)]*\\)|\\.zh\\(\\))\\s*\\)?\\s*\\?\\s*\\(?\\s*\"[^\"]*[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");

    @Test
    void noSourcePicksATextByLanguageInline() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../core/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        if (INLINE.matcher(lines.get(i)).find()) {
                            found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "move these texts into messages.properties and messages_zh.properties");
    }

    /** A key written twice in a bundle: the second silently replaces the first (Properties keeps the last). */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_zh.properties", "words.properties", "vocabulary.properties")) {
            List<String> keys = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("../core/src/main/resources/org/shequ/core", bundle))) {
                int eq = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && eq > 0) {
                    keys.add(line.substring(0, eq).strip());
                }
            }
            List<String> twice = keys.stream().filter(k -> keys.indexOf(k) != keys.lastIndexOf(k)).distinct().toList();
            assertEquals(List.of(), twice, bundle);
        }
    }

    /** Chinese: a CJK character or full-width punctuation. */
    private static final Pattern CHINESE = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");

    /**
     * No Java source of core or the command line holds a Chinese string or character outside its
     * comments: what shequ says is in the message bundles, the Chinese it writes in words.properties,
     * the words it reads in vocabulary.properties, its help in usage.properties.
     */
    @Test
    void noChineseStringOutsideTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../core/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    for (String literal : chineseLiterals(Files.readString(f))) {
                        found.add(f + ": " + literal);
                    }
                }
            }
        }
        assertEquals(List.of(), found, "move these texts into a bundle: messages*.properties (said in either language), "
                + "words.properties (Chinese that shequ writes), vocabulary.properties (words it reads)");
    }

    /** The string, text-block and character literals with Chinese, comments aside. */
    static List<String> chineseLiterals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                i = src.indexOf('\n', i) < 0 ? src.length() : src.indexOf('\n', i);
            } else if (src.startsWith("/*", i)) {
                i = src.indexOf("*/", i + 2) + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3) + 3;
                check(src.substring(i, end), out);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (src.charAt(j) != c) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                check(src.substring(i, j + 1), out);
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static void check(String literal, List<String> out) {
        if (CHINESE.matcher(literal).find()) {
            out.add(literal);
        }
    }

    /**
     * Every key the sources ask words.properties or vocabulary.properties for by name is there, and
     * some key begins as one put together at run time does ({@code "column." + key}).
     */
    @Test
    void everyKeyAskedForIsInItsBundle() throws IOException {
        List<String> missing = new ArrayList<>();
        missing.addAll(missingKeys("Words\\.(?:get|format)", "words.properties"));
        missing.addAll(missingKeys("Vocabulary\\.words?", "vocabulary.properties"));
        assertEquals(List.of(), missing);
    }

    private static List<String> missingKeys(String call, String bundle) throws IOException {
        java.util.Properties keys = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("../core/src/main/resources/org/shequ/core", bundle))) {
            keys.load(in);
        }
        Pattern asked = Pattern.compile(call + "\\(\"([^\"]+)\"\\s*([,)+])");
        List<String> missing = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../core/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    var m = asked.matcher(Files.readString(f));
                    while (m.find()) {
                        String key = m.group(1);
                        boolean there = m.group(2).equals("+") ? keys.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                                : keys.containsKey(key);
                        if (!there) {
                            missing.add(bundle + " lacks " + key + " (" + f.getFileName() + ")");
                        }
                    }
                }
            }
        }
        return missing;
    }

    @Test
    void theCheckSeesChineseLiterals() {
        assertEquals(List.of("\"问题\""), chineseLiterals("class A { String a = \"问题\"; }"));
        assertEquals(List.of(), chineseLiterals("class A { // 问题\n /* \"问题\" */ String a = \"a\"; }"));
        assertEquals(List.of("'中'"), chineseLiterals("class A { char c = '中'; String s = \"\\\"\"; }"));
        assertEquals(List.of("\"\"\"\n  字体\n  \"\"\""), chineseLiterals("class A { String s = \"\"\"\n  字体\n  \"\"\"; }"));
    }

    @Test
    void theCheckSeesAnInlineChoice() {
        assertTrue(INLINE.matcher("String t = zh ? \"问题清单\" : \"Findings\";").find());
        assertTrue(INLINE.matcher("(zh ? \"；\" : \"; \")").find());
        assertTrue(INLINE.matcher("(Lang.chinese(locale) ? \"内部错误\" : \"internal error\")").find());
        assertTrue(!INLINE.matcher("(zh ? \"zh-CN\" : \"en\")").find(), "a language tag is no text");
        assertTrue(!INLINE.matcher("l.urban() ? \"城市社区\" : \"农村社区\"").find(), "a choice of data, not of language");
    }
}
