package org.strata.web.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Optional;
import org.glassfish.grizzly.http.server.Request;
import org.strata.registry.access.SignInThrottle;
import org.strata.registry.actor.Actor;
import org.strata.registry.port.IdentityProvider;
import org.strata.web.http.ApiException;

/** {@code POST /auth/token} for the demo identity provider, and {@code GET /auth/me} for whoever is signed in. */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
public final class AuthResource {
    private final Optional<IdentityProvider> demoProvider;
    private final TokenService tokens;
    private final SignInThrottle throttle;

    /**
     * The resource.
     *
     * @param demoProvider the demo identity provider, empty unless the service runs with {@code --demo}
     * @param tokens issues the tokens
     * @param throttle slows password guessing per account and per address
     */
    public AuthResource(Optional<IdentityProvider> demoProvider, TokenService tokens, SignInThrottle throttle) {
        this.demoProvider = demoProvider;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    /**
     * The credentials of a token request.
     *
     * @param username the account
     * @param password its password
     */
    public record TokenRequest(String username, String password) {}

    /** Exchanges a demo account's username and password for a signed bearer token. */
    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_JSON)
    public Token token(TokenRequest request, @Context Request http) {
        IdentityProvider provider = demoProvider.orElseThrow(() -> ApiException.notFound(
                "demo-identity-disabled",
                "the demo identity provider is enabled only when the service runs with --demo"));
        if (request == null || isBlank(request.username()) || isBlank(request.password())) {
            throw ApiException.badRequest("invalid-request", "send JSON {\"username\": ..., \"password\": ...}");
        }
        String address = http.getRemoteAddr();
        throttle.check(request.username(), address);
        Optional<Actor> signedIn =
                provider.authenticate(request.username(), request.password().toCharArray());
        if (signedIn.isEmpty()) {
            throttle.failed(request.username(), address);
            throw new ApiException(401, "invalid-credentials", "unknown username or wrong password");
        }
        throttle.succeeded(request.username());
        Actor actor = signedIn.get();
        return new Token(
                tokens.issue(actor),
                "Bearer",
                TokenService.LIFETIME.toSeconds(),
                actor.role().wireName());
    }

    /** A signed bearer token (OAuth 2.0 field names), its lifetime in seconds and the role it carries. */
    public record Token(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            String role) {}

    /** Who is signed in. */
    public record Me(
            String subject,
            String name,
            String role,
            List<String> counties,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                    String department) {}

    /** Who the bearer token says the caller is. */
    @GET
    @Path("me")
    public Me me(@Context SecurityContext security) {
        Actor actor = Callers.require(security);
        return new Me(
                actor.subject(),
                actor.displayName(),
                actor.role().wireName(),
                actor.counties(),
                actor.department().orElse(null));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
