package org.shequ.core.lint;

import java.util.List;
import java.util.Set;
import org.shequ.core.validate.Finding;

/** One kind of defect in a document's text: finds it in a line, never across lines. */
interface LintCheck {
    /** What the whole document tells a check: the years it mentions (2023年), for counts that hold one. */
    record Context(String file, Set<String> years) {
    }

    void check(TextLine line, Context context, List<Finding> out);
}
