package org.shequ.core.validate;

import org.shequ.core.io.ReadLimits;

/**
 * What a validation run knows beyond the data: the workspace's period (used when a row has
 * none), its jurisdiction (a division code that units should lie under; null for none), and
 * the read limits.
 */
public record Settings(Long period, String jurisdiction, ReadLimits limits) {

    public static Settings defaults() {
        return new Settings(null, null, ReadLimits.DEFAULT);
    }
}
