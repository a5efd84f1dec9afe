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
 * The words the commands say are in the message bundles, addressed by key, in both languages
 * (MessagesTest checks that every key is in both): no source of core or the command line picks a
 * Chinese or an English text inline by language ({@code zh ? "…" : "…"}).
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
        for (String bundle : List.of("messages.properties", "messages_zh.properties")) {
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
     * No Java source of core or the command line holds a Chinese string (comments aside) but in a
     * declaration marked {@code @Vocabulary}: the words shequ recognises in what clerks write and
     * names others define. Whatever shequ shows is in a bundle.
     */
    @Test
    void noChineseStringOutsideTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../core/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    for (String literal : chineseOutsideVocabulary(Files.readString(f))) {
                        found.add(f + ": " + literal);
                    }
                }
            }
        }
        assertEquals(List.of(), found, "move these texts into a bundle (messages, words or usage .properties), "
                + "or mark a declaration of words shequ reads @Vocabulary");
    }

    /**
     * The string and character literals with Chinese that are not inside a {@code @Vocabulary}
     * declaration (from the annotation to the end of its declaration: a ';' or ',' outside brackets).
     */
    static List<String> chineseOutsideVocabulary(String src) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int vocabularyDepth = -1;
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                i = src.indexOf('\n', i) < 0 ? src.length() : src.indexOf('\n', i);
            } else if (src.startsWith("/*", i)) {
                i = src.indexOf("*/", i + 2) + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3) + 3;
                check(src.substring(i, end), vocabularyDepth >= 0, out);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (src.charAt(j) != c) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                check(src.substring(i, j + 1), vocabularyDepth >= 0, out);
                i = j + 1;
            } else {
                if (src.startsWith("@Vocabulary", i)) {
                    vocabularyDepth = depth;
                } else if (c == '(' || c == '{' || c == '[') {
                    depth++;
                } else if (c == ')' || c == '}' || c == ']') {
                    depth--;
                } else if ((c == ';' || c == ',') && depth == vocabularyDepth) {
                    vocabularyDepth = -1;
                }
                i++;
            }
        }
        return out;
    }

    private static void check(String literal, boolean vocabulary, List<String> out) {
        if (!vocabulary && CHINESE.matcher(literal).find()) {
            out.add(literal);
        }
    }

    /** Every key the sources ask words.properties for by name is there, and some key begins as one put together at run time does. */
    @Test
    void everyWordAskedForIsInWordsProperties() throws IOException {
        java.util.Properties words = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("../core/src/main/resources/org/shequ/core/words.properties"))) {
            words.load(in);
        }
        // a key by name, or the start of keys put together at run time ("column." + key): one of them at least
        Pattern asked = Pattern.compile("Words\\.(?:get|format)\\(\"([^\"]+)\"\\s*([,)+])");
        List<String> missing = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../core/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    var m = asked.matcher(Files.readString(f));
                    while (m.find()) {
                        String key = m.group(1);
                        boolean there = m.group(2).equals("+") ? words.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                                : words.containsKey(key);
                        if (!there) {
                            missing.add(f.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theCheckSeesChineseOutsideVocabulary() {
        assertEquals(List.of("\"问题\""), chineseOutsideVocabulary("class A { String a = \"问题\"; }"));
        assertEquals(List.of(), chineseOutsideVocabulary("class A { // 问题\n /* \"问题\" */ String a = \"a\"; }"));
        assertEquals(List.of(), chineseOutsideVocabulary(
                "class A { @Vocabulary(\"x\") static final List<String> W = List.of(\"合计\", \"小计\"); }"));
        assertEquals(List.of("\"小计\""), chineseOutsideVocabulary(
                "class A { @Vocabulary(\"x\") static final String W = \"合计\"; String b = \"小计\"; }"));
        assertEquals(List.of("'中'"), chineseOutsideVocabulary("class A { char c = '中'; String s = \"\\\"\"; }"));
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
