package org.strata.registry.register;

import java.util.List;
import java.util.Optional;

/**
 * The result of verifying the register's chains.
 *
 * @param intact whether every chain verified
 * @param eventsChecked how many events were checked
 * @param counties the counties whose chains were checked
 * @param firstBroken the first broken link found, if any
 */
public record ChainReport(boolean intact, long eventsChecked, List<String> counties, Optional<BrokenLink> firstBroken) {
    /**
     * A link that does not verify.
     *
     * @param county the county chain
     * @param sequence the position in the chain
     * @param eventId the event id as stored
     * @param reason what does not match
     */
    public record BrokenLink(String county, long sequence, String eventId, String reason) {}
}
