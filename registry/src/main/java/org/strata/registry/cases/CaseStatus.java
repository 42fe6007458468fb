package org.strata.registry.cases;

import java.util.Locale;

/** Where a case stands: submitted, accepted (受理), reviewed (审核: approved or rejected), recorded (登簿). */
public enum CaseStatus {
    /** Submitted, not yet accepted. */
    SUBMITTED,
    /** Accepted for review. */
    ACCEPTED,
    /** Reviewed and approved, waiting to be recorded. */
    APPROVED,
    /** Reviewed and rejected, with reasons; final. */
    REJECTED,
    /** Recorded in the register; final. */
    RECORDED;

    /** The name used in the API. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
