package org.strata.web.boot;

import java.net.URI;
import java.util.Objects;

/**
 * The external OpenID Connect provider whose tokens Strata accepts in production.
 *
 * @param issuer the issuer identifier tokens must name
 * @param jwksUrl where the provider publishes its signing keys
 */
public record OidcSettings(String issuer, URI jwksUrl) {
    /** Checks the fields. */
    public OidcSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(jwksUrl, "jwksUrl");
    }
}
