package org.strata.registry.access;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.strata.registry.actor.Role;

/**
 * One recorded query: who asked, in which role and tier, why, about what, when, and what was disclosed.
 *
 * @param receipt the receipt id given to the asker, which verifies the record later
 * @param subject the asker's identity
 * @param askerName the asker's name, shown to the holder in the access log
 * @param role the asker's role
 * @param tier the tier the answer was given in
 * @param purpose the stated purpose
 * @param unitCode the unit asked about
 * @param at when (from the clock port)
 * @param disclosed the parts of the register disclosed (natural-status, flags, holders, restrictions)
 * @param caseReference the case an authority or officer queried for, if any
 */
public record QueryRecord(
        String receipt,
        String subject,
        String askerName,
        Role role,
        Tier tier,
        Purpose purpose,
        String unitCode,
        Instant at,
        List<String> disclosed,
        java.util.Optional<String> caseReference) {
    /** Checks the fields and copies the list. */
    public QueryRecord {
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(askerName, "askerName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(at, "at");
        disclosed = List.copyOf(disclosed);
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(caseReference, "caseReference");
    }
}
