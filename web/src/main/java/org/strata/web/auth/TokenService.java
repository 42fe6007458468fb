package org.strata.web.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.strata.registry.actor.Actor;
import org.strata.registry.actor.Role;

/** Issues and verifies Strata's signed bearer tokens (JWT, HS256) that carry an actor's identity and role. */
public final class TokenService implements TokenVerifier {
    /** How long a token is valid. */
    public static final Duration LIFETIME = Duration.ofHours(8);

    private static final String ISSUER = "strata";
    /** The audience every token names: Strata's API. */
    static final String AUDIENCE = "strata-api";
    /** How far clocks may disagree. */
    static final Duration SKEW = Duration.ofSeconds(60);

    /** Tokens verified at most, remembered; beyond it the memory starts again. */
    private static final int REMEMBERED = 10_000;

    private final byte[] key;
    private final Clock clock;
    /** Tokens already verified, with the time their claims hold: a token is parsed and its MAC checked once. */
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(Actor actor, Instant from, Instant until) {}

    /** A service signing with a 256-bit key. */
    public TokenService(byte[] key, Clock clock) {
        if (key.length < 32) {
            throw new IllegalArgumentException("token key must have at least 256 bits");
        }
        this.key = key.clone();
        this.clock = clock;
    }

    /** Reads the key kept in {@code file}, creating it (owner-readable only) when absent. */
    public static byte[] loadOrCreateKey(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readAllBytes(file);
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, key);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions protect the key
        }
        return key;
    }

    /** A signed token for the actor. */
    public String issue(Actor actor) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(actor.subject())
                .audience(AUDIENCE)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("name", actor.displayName())
                .claim("role", actor.role().wireName())
                .claim("counties", actor.counties());
        actor.idNumber().ifPresent(n -> claims.claim("idn", n));
        actor.department().ifPresent(d -> claims.claim("dept", d));
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /** The actor of a valid, unexpired token issued by this service; empty otherwise. */
    @Override
    public Optional<Actor> verify(String token) {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null) {
            if (!now.isBefore(known.from()) && now.isBefore(known.until())) {
                return Optional.of(known.actor());
            }
            verified.remove(token);
        }
        return verifyAfresh(token, now);
    }

    private Optional<Actor> verifyAfresh(String token, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!ISSUER.equals(claims.getIssuer()) || !inTime(claims, now)) {
                return Optional.empty();
            }
            Optional<Role> role = Role.ofWireName(claims.getStringClaim("role"));
            if (role.isEmpty() || claims.getSubject() == null) {
                return Optional.empty();
            }
            List<String> counties = claims.getStringListClaim("counties");
            Actor actor = new Actor(
                    claims.getSubject(),
                    String.valueOf(claims.getStringClaim("name")),
                    role.get(),
                    counties == null ? List.of() : counties,
                    Optional.ofNullable(claims.getStringClaim("idn")),
                    Optional.ofNullable(claims.getStringClaim("dept")));
            remember(token, actor, claims);
            return Optional.of(actor);
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }

    /** Remembers a verified token until its expiry, from the latest of its issue and not-before times less the skew. */
    private void remember(String token, Actor actor, JWTClaimsSet claims) {
        Instant start = claims.getIssueTime().toInstant();
        if (claims.getNotBeforeTime() != null
                && claims.getNotBeforeTime().toInstant().isAfter(start)) {
            start = claims.getNotBeforeTime().toInstant();
        }
        if (verified.size() >= REMEMBERED) {
            verified.clear();
        }
        verified.put(
                token,
                new Verified(
                        actor, start.minus(SKEW), claims.getExpirationTime().toInstant()));
    }

    /**
     * Whether a token's times hold: for Strata's audience, issued (iat) and valid from (nbf) no later than now,
     * expiring (exp) after now and no later than a token's lifetime after it was issued.
     */
    private static boolean inTime(JWTClaimsSet claims, Instant now) {
        Date issued = claims.getIssueTime();
        Date notBefore = claims.getNotBeforeTime();
        Date expires = claims.getExpirationTime();
        if (issued == null || expires == null || claims.getAudience() == null) {
            return false;
        }
        Instant latestStart = now.plus(SKEW);
        return claims.getAudience().contains(AUDIENCE)
                && !issued.toInstant().isAfter(latestStart)
                && (notBefore == null || !notBefore.toInstant().isAfter(latestStart))
                && expires.toInstant().isAfter(now)
                && !expires.toInstant()
                        .isAfter(issued.toInstant().plus(LIFETIME).plus(SKEW));
    }
}
