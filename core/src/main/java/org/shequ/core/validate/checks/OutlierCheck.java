package org.shequ.core.validate.checks;

import org.shequ.core.schema.Kind;
import org.shequ.core.validate.Severity;

/**
 * DATA-OUTLIER (warning): an implausible value for the unit's size, as the dictionary declares
 * (more building leads, unit leads, grid workers or group leads than households).
 */
public final class OutlierCheck extends RelationCheck {
    public static final String ID = "DATA-OUTLIER";

    public OutlierCheck() {
        super(ID, Severity.WARNING, Kind::outliers);
    }
}
