package org.strata.web.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Role;
import org.strata.registry.party.IdNumbers;

/**
 * Verifies bearer tokens of an external OpenID Connect provider against its published keys (JWKS, RS256 or
 * ES256), checks issuer and expiry, and maps the real-name claims to an actor: {@code sub}, {@code name},
 * {@code id_number} (a resident ID number, check character verified), {@code strata_role} (officer, reviewer,
 * surveyor, holder, public; public when absent) and {@code strata_counties}.
 */
public final class OidcTokenVerifier implements TokenVerifier {
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    /**
     * A verifier for one provider.
     *
     * @param issuer the provider's issuer identifier, which tokens must name
     * @param jwksUrl where the provider publishes its keys
     */
    public OidcTokenVerifier(String issuer, URI jwksUrl) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(jwksUrl.toURL()).retrying(true).build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("OIDC key set URL " + jwksUrl + " is not a URL", e);
        }
        processor.setJWSKeySelector(
                new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).build(), new HashSet<>(List.of("sub", "exp", "iat"))));
    }

    @Override
    public Optional<Actor> verify(String token) {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            String idNumber = claims.getStringClaim("id_number");
            String roleName = claims.getStringClaim("strata_role");
            Optional<Role> role = roleName == null ? Optional.of(Role.PUBLIC) : Role.ofWireName(roleName);
            if (role.isEmpty()) {
                return Optional.empty();
            }
            // a person proves a resident identity card; a bank or company its unified social credit code
            boolean organisation = role.get() == Role.BANK || role.get() == Role.PUBLIC;
            if (idNumber != null
                    && !IdNumbers.isValidResidentId(idNumber)
                    && !(organisation && IdNumbers.isValidUscc(idNumber))) {
                return Optional.empty();
            }
            List<String> counties = claims.getStringListClaim("strata_counties");
            String name = claims.getStringClaim("name");
            return Optional.of(new Actor(
                    claims.getSubject(),
                    name == null ? claims.getSubject() : name,
                    role.get(),
                    counties == null ? List.of() : counties,
                    Optional.ofNullable(idNumber),
                    Optional.ofNullable(claims.getStringClaim("strata_department"))));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            return Optional.empty();
        }
    }
}
