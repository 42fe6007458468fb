package org.strata.registry.right;

import java.util.Objects;

/**
 * One holder's part in a right.
 *
 * @param partyId the holding party
 * @param share the share of the right
 */
public record Holding(String partyId, Share share) {
    /** Checks the fields. */
    public Holding {
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(share, "share");
    }
}
