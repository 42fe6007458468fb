package org.strata.registry.actor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A verified identity asking Strata something.
 *
 * @param subject the stable identifier of the identity
 * @param displayName a name to show
 * @param role the actor's role
 * @param counties the county codes an officer or reviewer is scoped to (empty for others)
 * @param idNumber the identity document number verified for this person, when known (matches register parties)
 * @param department the department a reviewer works for, as the identity provider states it (e.g. {@code planning})
 */
public record Actor(
        String subject,
        String displayName,
        Role role,
        List<String> counties,
        Optional<String> idNumber,
        Optional<String> department) {
    /** An actor of no department. */
    public Actor(String subject, String displayName, Role role, List<String> counties, Optional<String> idNumber) {
        this(subject, displayName, role, counties, idNumber, Optional.empty());
    }

    /** Checks the fields. */
    public Actor {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        counties = List.copyOf(counties);
        Objects.requireNonNull(idNumber, "idNumber");
    }
}
