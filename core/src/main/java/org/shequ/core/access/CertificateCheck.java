package org.shequ.core.access;

/** ACCESS-CERTIFICATE: a certificate not on the retained-certificates list. */
public final class CertificateCheck extends AccessCheck {
    public static final String ID = "ACCESS-CERTIFICATE";

    CertificateCheck(AccessJudge judge) {
        super(ID, judge);
    }
}
