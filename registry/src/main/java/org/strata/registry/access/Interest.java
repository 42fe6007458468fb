package org.strata.registry.access;

import java.time.Instant;
import java.util.Objects;

/**
 * An interest in a unit that an officer accepted on evidence (利害关系人): it lets one identity query the unit in
 * the interested tier until it expires.
 *
 * @param id the interest's id
 * @param subject the identity it is granted to
 * @param unitCode the unit
 * @param evidence what the officer accepted (a contract, a court filing), described
 * @param grantedBy the officer
 * @param grantedAt when
 * @param validUntil when it expires
 */
public record Interest(
        String id,
        String subject,
        String unitCode,
        String evidence,
        String grantedBy,
        Instant grantedAt,
        Instant validUntil) {
    /** Checks the fields. */
    public Interest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(grantedBy, "grantedBy");
        Objects.requireNonNull(grantedAt, "grantedAt");
        Objects.requireNonNull(validUntil, "validUntil");
        if (!validUntil.isAfter(grantedAt)) {
            throw new IllegalArgumentException("an interest must be valid for some time after it is granted");
        }
    }
}
