package org.shequ.core.lint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Severity;
import org.shequ.core.Vocabulary;
import org.shequ.core.Words;

/**
 * LINT-NUMBER: numbers no report can mean, the marks of a find-and-replace gone wrong (seed
 * 001): a percentage over 100 (20230%) unless it is a growth or a completion rate (增长150%,
 * 完成120%, or a table column headed 完成进度 or 同比); a year of five or more digits (202322年); a month over 12 or a day over 31
 * (2023年2023月) — errors; and a count that holds a year the document mentions (52023名,
 * 120236名 in a text about 2023) — a warning, since such a count can be real.
 */
final class NumberCheck implements LintCheck {
    static final String ID = "LINT-NUMBER";
    /** a percentage as documents write it: 20%, 20％ */
    private static final Pattern PERCENT = Pattern.compile(Vocabulary.word("NumberCheck.PERCENT"));
    /** the words before a rate that may pass 100%: 增长, 同比, 完成, 超过 */
    private static final Pattern GROWTH = Pattern.compile(Vocabulary.word("NumberCheck.GROWTH"));
    /** the words of a column heading of rates that may pass 100%: 增幅, 同比, 进度 */
    private static final Pattern GROWTH_LABEL = Pattern.compile(Vocabulary.word("NumberCheck.GROWTH_LABEL"));
    /** a number before 年 (year) in a document */
    private static final Pattern YEAR = Pattern.compile(Vocabulary.word("NumberCheck.YEAR"));
    /** a number before 月 (month) in a document */
    private static final Pattern MONTH = Pattern.compile(Vocabulary.word("NumberCheck.MONTH"));
    /** a number between 月 and 日 (the day of a month) in a document */
    private static final Pattern DAY = Pattern.compile(Vocabulary.word("NumberCheck.DAY"));
    /** a count before its measure word in a document: 名, 个, 人, 户, 项 */
    private static final Pattern COUNT = Pattern.compile(Vocabulary.word("NumberCheck.COUNT"));

    /** How far before a percentage its growth or completion word can stand (4 + 8, with room). */
    private static final int WINDOW = 16;

    @Override
    public void check(TextLine line, Context ctx, List<Finding> out) {
        int before = out.size(); // at most Linter.PER_LINE findings a line: a runaway line costs its length, no more
        String t = line.text();
        Matcher m = PERCENT.matcher(t);
        while (m.find() && out.size() - before < Linter.PER_LINE) {
            // GROWTH looks at the dozen characters before the number (a keyword and at most 8 more): no further
            boolean rate = GROWTH.matcher(t.substring(Math.max(0, m.start() - WINDOW), m.start())).find()
                    || line.label() != null && GROWTH_LABEL.matcher(line.label()).find();
            if (Double.parseDouble(m.group(1)) > 100 && !rate) {
                Excerpt.report(out, ID, Severity.ERROR, ctx, line, m.start(), m.end(), "lint.percent", "<= 100%");
            }
        }
        m = YEAR.matcher(t);
        while (m.find() && out.size() - before < Linter.PER_LINE) {
            Excerpt.report(out, ID, Severity.ERROR, ctx, line, m.start(), m.end() + 1, "lint.year", Words.get("lint.expected.year"));
        }
        m = MONTH.matcher(t);
        while (m.find() && out.size() - before < Linter.PER_LINE) {
            long month = parse(m.group(1));
            if (month < 1 || month > 12) {
                Excerpt.report(out, ID, Severity.ERROR, ctx, line, m.start(), m.end() + 1, "lint.month", Words.get("lint.expected.month"));
            }
        }
        m = DAY.matcher(t);
        while (m.find() && out.size() - before < Linter.PER_LINE) {
            long day = parse(m.group(1));
            if (day < 1 || day > 31) {
                Excerpt.report(out, ID, Severity.ERROR, ctx, line, m.start(), m.end() + 1, "lint.day", Words.get("lint.expected.day"));
            }
        }
        m = COUNT.matcher(t);
        while (m.find() && out.size() - before < Linter.PER_LINE) {
            String digits = m.group(1);
            if (ctx.years().stream().anyMatch(digits::contains)) {
                Excerpt.report(out, ID, Severity.WARNING, ctx, line, m.start(), m.end() + 1, "lint.countYear", null);
            }
        }
    }

    private static long parse(String digits) {
        return digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
    }
}
