package org.strata.web.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.strata.registry.actor.Actor;
import org.strata.web.http.ApiException;

/**
 * Reads who is asking on every request: a request with an {@code Authorization} header must carry a valid
 * bearer token (else 401); a request without one is anonymous, and each resource decides what that may do.
 */
@Priority(Priorities.AUTHENTICATION)
public final class BearerTokenFilter implements ContainerRequestFilter {
    private final TokenVerifier tokens;

    /** A filter verifying tokens with this verifier. */
    public BearerTokenFilter(TokenVerifier tokens) {
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, "invalid-token", "the Authorization header must be 'Bearer <token>'");
        }
        Optional<Actor> actor = tokens.verify(header.substring(7).trim());
        if (actor.isEmpty()) {
            throw new ApiException(401, "invalid-token", "the bearer token is not valid or has expired; get a new one");
        }
        boolean secure = request.getSecurityContext().isSecure();
        ActorPrincipal principal = new ActorPrincipal(actor.get());
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return principal.actor().role().wireName().equals(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        });
    }
}
