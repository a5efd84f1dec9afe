package org.shequ.core.rules;

import org.apache.commons.jexl3.JexlScript;
import java.util.List;

/**
 * A derived indicator: a condition counted over units ({@code per: unit}) or an expression over
 * a level's metrics ({@code per: level}), with its Chinese and English names, unit, the decimals
 * it is written with, the words a document may use for it besides its name ({@code terms}), and the
 * units it is about ({@code of}: urban or rural, when it is a share of those only).
 */
public record Indicator(String key, boolean perUnit, String zh, String en, String unit, JexlScript script, int decimals,
                        List<String> terms, String of) {

    /** Whether a unit of this type is one the indicator is about ({@code of: urban} or {@code rural}; every unit without). */
    public boolean about(boolean urban) {
        return of == null || (of.equals("urban") == urban);
    }

    public Indicator {
        terms = terms == null ? List.of() : List.copyOf(terms);
    }
}
