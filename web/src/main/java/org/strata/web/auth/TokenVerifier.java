package org.strata.web.auth;

import java.util.Optional;
import org.strata.registry.actor.Actor;

/** Turns a bearer token into the actor it proves, or nothing when the token is not valid. */
public interface TokenVerifier {
    /** The actor of a valid token; empty for a forged, expired or foreign one. */
    Optional<Actor> verify(String token);
}
