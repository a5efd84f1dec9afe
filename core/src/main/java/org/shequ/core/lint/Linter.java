package org.shequ.core.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Report;
import org.shequ.core.validate.Severity;
import org.shequ.core.validate.Summary;
import org.shequ.core.Problem;
import org.shequ.core.Vocabulary;

/** Checks a document's text for placeholders, impossible numbers and mis-converted words; findings sorted. */
public final class Linter {
    private static final List<LintCheck> CHECKS = List.of(new PlaceholderCheck(), new NumberCheck(), new MisconvertedCheck());
    /** a year before 年 in a document: 2023年 */
    private static final Pattern YEAR = Pattern.compile(Vocabulary.word("Linter.YEAR"));

    public static final String PLACEHOLDER = PlaceholderCheck.ID;
    /** The most findings one check reports on one line. */
    static final int PER_LINE = 20;

    private Linter() {
    }

    /** The findings in one document's lines; {@code file} is the name they carry. */
    public static List<Finding> lint(String file, List<TextLine> lines) {
        return lint(file, lines, Long.MAX_VALUE, 0);
    }

    /**
     * As {@link #lint(String, List)}, within a time budget: past {@code deadline} (System.nanoTime)
     * the check stops with the document's name and the budget ({@code seconds}) as a problem, so
     * that a rendered document's check never outlasts the time its template was given.
     */
    public static List<Finding> lint(String file, List<TextLine> lines, long deadline, long seconds) {
        Set<String> years = new TreeSet<>();
        for (TextLine l : lines) {
            Matcher m = YEAR.matcher(l.text());
            while (m.find()) {
                years.add(m.group(1));
            }
        }
        LintCheck.Context ctx = new LintCheck.Context(file, years);
        List<Finding> out = new ArrayList<>();
        for (TextLine l : lines) {
            for (LintCheck c : CHECKS) {
                if (System.nanoTime() - deadline > 0) {
                    throw new Problem("render.lintTimeout", file, seconds);
                }
                int before = out.size();
                c.check(l, ctx, out);
                if (out.size() - before > PER_LINE) {
                    // a line with thousands of hits (a template's runaway loop) says so in its first ones: bounded per line
                    out.subList(before + PER_LINE, out.size()).clear();
                }
            }
        }
        out.sort(Finding.ORDER);
        return out;
    }

    /** A report over several documents: files, lines checked, and the findings. */
    public static Report report(int files, long lines, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        return new Report(new Summary(files, lines, count(sorted, Severity.ERROR), count(sorted, Severity.WARNING),
                count(sorted, Severity.INFO), 0), sorted);
    }

    private static long count(List<Finding> f, Severity s) {
        return f.stream().filter(x -> x.severity() == s).count();
    }
}
