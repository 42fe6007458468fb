package org.strata.registry.access;

import java.time.Instant;
import java.util.Optional;

/** Storage of the interests officers accept. */
public interface InterestRegister {
    /** Stores an accepted interest. */
    void grant(Interest interest);

    /** The interest of {@code subject} in {@code unitCode} in force at {@code at}, if any. */
    Optional<Interest> inForce(String subject, String unitCode, Instant at);
}
