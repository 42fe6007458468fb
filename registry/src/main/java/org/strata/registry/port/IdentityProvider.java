package org.strata.registry.port;

import java.util.Optional;
import org.strata.registry.actor.Actor;

/** Verifies who a person is. */
public interface IdentityProvider {
    /** The actor for a username and password, or empty when they do not match. */
    Optional<Actor> authenticate(String username, char[] password);

    /** The actor with this subject, or empty when the provider no longer knows it. */
    Optional<Actor> actor(String subject);
}
