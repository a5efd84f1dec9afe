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

/** Checks a document's text for placeholders, impossible numbers and mis-converted words; findings sorted. */
public final class Linter {
    private static final List<LintCheck> CHECKS = List.of(new PlaceholderCheck(), new NumberCheck(), new MisconvertedCheck());
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?=\\s*年)");

    public static final String PLACEHOLDER = PlaceholderCheck.ID;

    private Linter() {
    }

    /** The findings in one document's lines; {@code file} is the name they carry. */
    public static List<Finding> lint(String file, List<TextLine> lines) {
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
                c.check(l, ctx, out);
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
