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

    @Test
    void theCheckSeesAnInlineChoice() {
        assertTrue(INLINE.matcher("String t = zh ? \"问题清单\" : \"Findings\";").find());
        assertTrue(INLINE.matcher("(zh ? \"；\" : \"; \")").find());
        assertTrue(INLINE.matcher("(Lang.chinese(locale) ? \"内部错误\" : \"internal error\")").find());
        assertTrue(!INLINE.matcher("(zh ? \"zh-CN\" : \"en\")").find(), "a language tag is no text");
        assertTrue(!INLINE.matcher("l.urban() ? \"城市社区\" : \"农村社区\"").find(), "a choice of data, not of language");
    }
}
