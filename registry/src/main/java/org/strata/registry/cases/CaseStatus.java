package org.strata.registry.cases;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a case stands. An officer's case goes submitted → accepted (受理) → approved or rejected (审核) → recorded
 * (登簿). An application filed online starts awaiting the other parties' consent (意愿核实) and may also be not
 * accepted (不予受理), in review, waiting for a correction (补正), refused (不予登记), declined by a party or withdrawn.
 */
public enum CaseStatus {
    /** Filed online; some party named has not yet confirmed it. */
    AWAITING_CONSENT,
    /** Submitted, not yet accepted. */
    SUBMITTED,
    /** Accepted for review. */
    ACCEPTED,
    /** Not accepted (不予受理), with the reason; final. */
    NOT_ACCEPTED,
    /** Accepted and being reviewed by an officer, with the rules' findings. */
    IN_REVIEW,
    /** Waiting for the applicant to complete the application (补正) by a deadline. */
    NEEDS_CORRECTION,
    /** Reviewed and approved, waiting to be recorded. */
    APPROVED,
    /** Reviewed and rejected, with reasons; final. */
    REJECTED,
    /** Refused registration (不予登记, Interim Regulation art. 22), with reasons; final. */
    REFUSED,
    /** A party named declined to confirm the application; final. */
    DECLINED,
    /** Withdrawn by the applicant before it was recorded (art. 20 implementing rules); final. */
    WITHDRAWN,
    /** Recorded in the register; final. */
    RECORDED;

    /** The name used in the API: lower case, words joined by hyphens. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The status with this wire name. */
    public static Optional<CaseStatus> ofWireName(String name) {
        for (CaseStatus s : values()) {
            if (s.wireName().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether nothing more happens to a case in this status. */
    public boolean isFinal() {
        return this == NOT_ACCEPTED
                || this == REJECTED
                || this == REFUSED
                || this == DECLINED
                || this == WITHDRAWN
                || this == RECORDED;
    }
}
