package org.shequ.core.access;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shequ.core.division.DivisionRegistry;
import org.shequ.core.Vocabulary;

/**
 * Whether two department names are the same department where the task's community lies: a list
 * writes "区民政局", a ledger "西安区民政局"; likewise 市、县、镇、街道. The place names come from
 * the registry (the community's province, city, county and township); the leading ones are set
 * aside and the last reduced to its level word (辽源市龙山区公安分局 → 区公安分局), so a department of
 * another place never matches.
 */
public final class Departments {
    private static final Pattern NOISE = Pattern.compile("[\\p{P}\\p{S}\\s]+");
    /** the level words a place name ends with: 街道办事处, 镇, 区, 县, 市, 省 */
    private static final Pattern LEVEL = Pattern.compile(Vocabulary.word("Departments.LEVEL"));

    private Departments() {
    }

    /** Whether {@code a} and {@code b} name the same department for a task on {@code community}. */
    public static boolean same(String a, String b, String community) {
        if (a == null || b == null) {
            return true;
        }
        return generic(a, community).equals(generic(b, community));
    }

    /** The department with the names of the community's places reduced to their level word. */
    static String generic(String department, String community) {
        String d = NOISE.matcher(Normalizer.normalize(department, Normalizer.Form.NFKC)).replaceAll("");
        if (community == null || community.length() != 12) {
            return d;
        }
        DivisionRegistry registry = DivisionRegistry.bundled();
        String level = null;
        for (int digits : new int[] {2, 4, 6, 9}) {
            String name = registry.find(community.substring(0, digits)).map(x -> x.name()).orElse(null);
            Matcher m = name == null ? null : LEVEL.matcher(name);
            if (m != null && d.startsWith(name) && m.find()) {
                d = d.substring(name.length()); // 辽源市龙山区公安分局 → 龙山区公安分局 → 公安分局
                level = m.group(1);
            }
        }
        return level == null ? d : level + d;
    }
}
