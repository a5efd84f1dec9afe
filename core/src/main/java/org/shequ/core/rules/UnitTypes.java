package org.shequ.core.rules;

import org.shequ.core.division.UnitNumber;
import org.shequ.core.validate.Record;

/**
 * The unit type a rule's {@code applies:} is matched against: the declared type when valid,
 * else inferred from the code's village number (001–199 urban, 200–399 village).
 */
final class UnitTypes {
    private UnitTypes() {
    }

    static String of(Record r) {
        String declared = r.kind().field("type").map(r::text).orElse(null);
        if (declared != null) {
            return declared;
        }
        String code = r.unit();
        if (code == null || code.length() != 12) {
            return null;
        }
        return UnitNumber.community(code) ? "urban" : UnitNumber.village(code) ? "village" : null;
    }

    static boolean urban(String type) {
        return "urban".equals(type) || "converted".equals(type);
    }
}
