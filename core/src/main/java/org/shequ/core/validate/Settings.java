package org.shequ.core.validate;

import org.shequ.core.schema.Period;
import org.shequ.core.io.ReadLimits;
import java.util.List;

/**
 * What a validation run knows beyond the data: the workspace's period (used when a row has
 * none), its jurisdiction (a division code that units should lie under; null for none), and
 * the read limits, and the findings it accepts (suppressions).
 */
public record Settings(Period period, String jurisdiction, ReadLimits limits, List<Suppression> suppressions) {

    public Settings {
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
    }

    public Settings(Period period, String jurisdiction, ReadLimits limits) {
        this(period, jurisdiction, limits, List.of());
    }

    public static Settings defaults() {
        return new Settings(null, null, ReadLimits.DEFAULT);
    }
}
