package org.shequ.core.rules;

import org.shequ.core.Text;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shequ.core.validate.Severity;
import java.util.Arrays;
import org.shequ.core.Messages;

/**
 * A rule as resolved from its pack chain and the workspace: its definition, the effective
 * parameters and severity, the document it cites, and where it was written.
 */
public record RuleDef(String id, String kind, Text title, Severity severity, String on, List<String> applies,
                      Map<String, Object> params, PackDoc.RuleDoc doc, PackDoc.SourceDoc source, String clause,
                      String pack, Expressions.Origin origin, boolean enabled) {

    /** The citation after a message: （扶政民发〔2017〕94号）, or the document's title. */
    public String citation(Locale locale) {
        if (source == null) {
            return "";
        }
        String ref = source.number != null && !source.number.isBlank() ? source.number : source.title;
        return Messages.of(locale).format("rule.citation", Arrays.<Object>asList(ref));
    }

    public boolean level() {
        return "level".equals(kind);
    }
}
