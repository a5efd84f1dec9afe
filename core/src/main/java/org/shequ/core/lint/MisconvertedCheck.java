package org.shequ.core.lint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Severity;
import org.shequ.core.io.ReadLimits;
import org.shequ.core.io.Yaml;

/**
 * LINT-MISCONVERTED: words a bad traditional→simplified conversion (or a synonym-replacing
 * "rewrite") leaves behind — 效劳 for 服务, 根底 for 基础, 原那么 for 原则. The list is data
 * ({@code misconverted.yaml}): each entry a pattern with the contexts that make it wrong, so
 * real words stay unflagged (反响热烈, 符合标准). A warning with the word to use.
 */
final class MisconvertedCheck implements LintCheck {
    static final String ID = "LINT-MISCONVERTED";
    private static final List<Entry> ENTRIES = load();

    record Entry(Pattern pattern, String right) {
    }

    @Override
    public void check(TextLine line, Context ctx, List<Finding> out) {
        int before = out.size(); // at most Linter.PER_LINE findings a line: a runaway line costs its length, no more
        for (Entry e : ENTRIES) {
            Matcher m = e.pattern().matcher(line.text());
            while (m.find() && out.size() - before < Linter.PER_LINE) {
                Excerpt.report(out, ID, Severity.WARNING, ctx, line, m.start(), m.end(), "lint.misconverted", e.right());
            }
        }
    }

    private static List<Entry> load() {
        ObjectMapper yaml = Yaml.mapper(ReadLimits.DEFAULT);
        try (InputStream in = MisconvertedCheck.class.getResourceAsStream("misconverted.yaml")) {
            Doc d = yaml.readValue(in, Doc.class);
            return d.words.stream().map(w -> new Entry(Pattern.compile(w.find), w.right)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class Doc {
        @JsonProperty public List<Word> words = List.of();
    }

    static final class Word {
        @JsonProperty public String find;
        @JsonProperty public String right;
        @JsonProperty public String note;
    }
}
