package org.shequ.core.access;

import java.util.List;
import java.util.Optional;
import org.shequ.core.validate.Severity;

/** ACCESS-CERTIFICATE: a certificate not on the retained-certificates list. */
public final class CertificateCheck extends AccessCheck {
    public static final String ID = "ACCESS-CERTIFICATE";

    CertificateCheck(AccessJudge judge) {
        super(ID, judge);
    }

    /** A certificate is settled here: allowed only when a retained-certificates list holds it on the date. */
    static Optional<Decision> decide(Task t) {
        if (!t.inForce(ListKind.CERTIFICATES).isEmpty()) {
            return Optional.of(Decision.ALLOWED);
        }
        return Decision.breach(new AccessJudge.Breach(ID, Severity.ERROR, "item", ID, List.of(t.item())));
    }
}
