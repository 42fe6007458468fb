package org.strata.web.auth;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.strata.registry.actor.Actor;
import org.strata.web.http.ApiException;

/** Who is asking, for resources that need a signed-in caller. */
public final class Callers {
    private Callers() {}

    /**
     * The signed-in actor.
     *
     * @throws ApiException 401 when the request carries no bearer token
     */
    public static Actor require(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof ActorPrincipal principal) {
            return principal.actor();
        }
        throw new ApiException(401, "authentication-required", "send a bearer token from POST /auth/token");
    }

    /** The signed-in actor, or empty for a request without a bearer token. */
    public static Optional<Actor> optional(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof ActorPrincipal principal
                ? Optional.of(principal.actor())
                : Optional.empty();
    }
}
