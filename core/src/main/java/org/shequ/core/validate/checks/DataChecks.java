package org.shequ.core.validate.checks;

import org.shequ.core.validate.ParseCheck;
import java.util.List;
import org.shequ.core.validate.Check;

/** The registry of the built-in checks (DATA-*, and STAFF-COUNT across tables); a new check is one class and one line here. */
public final class DataChecks {
    private DataChecks() {
    }

    /** Fresh instances for one run (some checks keep state across records). */
    public static List<Check> all() {
        return List.of(new HeaderCheck(), new TypeCheck(), new RequiredCheck(), new RangeCheck(),
                new DuplicateCheck(), new CopyCheck(), new CodeCheck(), new NameCheck(), new TypeMismatchCheck(),
                new ConsistencyCheck(), new OutlierCheck(), new UnitCheck(), new StaffCountCheck());
    }

    /** Every rule ID these checks report, DATA-PARSE included. */
    public static final List<String> IDS = List.of(ParseCheck.ID, HeaderCheck.ID, TypeCheck.ID,
            RequiredCheck.ID, RangeCheck.ID, DuplicateCheck.ID, CopyCheck.ID, CodeCheck.ID, NameCheck.ID,
            TypeMismatchCheck.ID, ConsistencyCheck.ID, OutlierCheck.ID, UnitCheck.ID, StaffCountCheck.ID);
}
