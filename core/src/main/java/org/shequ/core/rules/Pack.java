package org.shequ.core.rules;

import org.shequ.core.Text;
import java.util.List;
import java.util.Map;

/**
 * A loaded rule pack: its identity, where it was read from, its parent, the documents it cites
 * and, per rule ID, the line where the rule or its override stands.
 */
public record Pack(String id, Text title, String jurisdiction, String file, String parent,
                   List<PackDoc.SourceDoc> sources, PackDoc doc, Map<String, Integer> lines) {

    public int line(String ruleId) {
        return lines.getOrDefault(ruleId, 0);
    }
}
