package org.shequ.core.lint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shequ.core.validate.Finding;
import org.shequ.core.validate.Severity;
import org.shequ.core.Vocabulary;

/**
 * LINT-PLACEHOLDER: what a drafter left to fill in: {@code *} or ＊ where a number or name goes
 * (全县*个社区), XX / ×× (XX县区, 20XX年; not inside a Latin word such as XXGK-2018), ${…} and
 * {{…}}, 某某, ○○, blanks of underscores, empty brackets （ ）. An error: a document with a hole
 * is not shipped.
 */
final class PlaceholderCheck implements LintCheck {
    static final String ID = "LINT-PLACEHOLDER";
    /** placeholders drafters leave in documents: XX, ××, ＊, 某某, ○○, ＿＿＿, （ ） */
    private static final Pattern PLACEHOLDER = Pattern.compile(String.join("|",
            "\\$\\{[^}]*}?",
            "\\{\\{[^}]*(}})?",
            String.join("|", Vocabulary.words("PlaceholderCheck.PLACEHOLDER"))));

    @Override
    public void check(TextLine line, Context ctx, List<Finding> out) {
        int before = out.size(); // at most Linter.PER_LINE findings a line: a runaway line costs its length, no more
        String text = line.text();
        int firstSolid = 0;
        while (firstSolid < text.length() && Character.isWhitespace(text.charAt(firstSolid))) {
            firstSolid++;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find() && out.size() - before < Linter.PER_LINE) {
            if (bullet(text, m, firstSolid)) {
                continue;
            }
            Excerpt.report(out, ID, Severity.ERROR, ctx, line, m.start(), m.end(), "lint.placeholder", null);
        }
    }

    /** "* item" at the start of a plain-text line is a list bullet, not a blank. */
    private static boolean bullet(String text, Matcher m, int firstSolid) {
        return m.start() == firstSolid && m.end() - m.start() == 1 && text.charAt(m.start()) == '*'
                && m.end() < text.length() && text.charAt(m.end()) == ' ';
    }
}
