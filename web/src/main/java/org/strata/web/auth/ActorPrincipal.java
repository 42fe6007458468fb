package org.strata.web.auth;

import java.security.Principal;
import org.strata.registry.actor.Actor;

/**
 * The authenticated actor as a JAX-RS principal.
 *
 * @param actor the verified actor
 */
public record ActorPrincipal(Actor actor) implements Principal {
    @Override
    public String getName() {
        return actor.subject();
    }
}
