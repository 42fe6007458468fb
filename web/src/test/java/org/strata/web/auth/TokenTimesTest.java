package org.strata.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Finding 13.8: a token's audience, issue time, not-before time and lifetime are checked, not only its expiry. */
class TokenTimesTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private final TokenService service = new TokenService(KEY, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenOfItsOwnIsAccepted() {
        assertTrue(service.verify(signed(b -> b)).isPresent());
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        assertEquals(
                false,
                service.verify(signed(b -> b.notBeforeTime(at(Duration.ofHours(1)))))
                        .isPresent());
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        assertEquals(
                false,
                service.verify(signed(
                                b -> b.issueTime(at(Duration.ofHours(2))).expirationTime(at(Duration.ofHours(3)))))
                        .isPresent());
    }

    @Test
    void aTokenWithoutIssueTimeOrForAnotherAudienceIsRefused() {
        assertEquals(false, service.verify(signed(b -> b.issueTime(null))).isPresent());
        assertEquals(
                false,
                service.verify(signed(b -> b.audience("another-service"))).isPresent());
        assertEquals(
                false,
                service.verify(signed(b -> b.audience((List<String>) null))).isPresent());
    }

    @Test
    void aTokenLivingLongerThanTheLifetimeIsRefused() {
        assertEquals(
                false,
                service.verify(signed(b -> b.expirationTime(at(Duration.ofDays(365)))))
                        .isPresent());
    }

    @Test
    void anExpiredTokenIsRefusedAndClockSkewOfAMinuteIsAllowed() {
        assertEquals(
                false,
                service.verify(signed(
                                b -> b.issueTime(at(Duration.ofHours(-9))).expirationTime(at(Duration.ofHours(-1)))))
                        .isPresent());
        assertTrue(service.verify(
                        signed(b -> b.issueTime(at(Duration.ofSeconds(30))).notBeforeTime(at(Duration.ofSeconds(30)))))
                .isPresent());
    }

    @Test
    void aTokenVerifiedOnceIsStillRefusedOnceItExpiresAndAForgeryIsNeverTakenForIt() {
        Instant[] now = {NOW};
        Clock moving = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        TokenService remembering = new TokenService(KEY, moving);
        String token = signed(b -> b);
        assertTrue(remembering.verify(token).isPresent());
        now[0] = NOW.plus(Duration.ofMinutes(59));
        assertTrue(remembering.verify(token).isPresent(), "still valid, from memory");
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertEquals(false, remembering.verify(forged).isPresent(), "another text is verified on its own");
        now[0] = NOW.plus(Duration.ofMinutes(61));
        assertEquals(false, remembering.verify(token).isPresent(), "expired, although remembered");
        now[0] = NOW.minus(Duration.ofMinutes(2));
        assertEquals(false, remembering.verify(token).isPresent(), "before its time, verified afresh and refused");
    }

    private static Date at(Duration fromNow) {
        return Date.from(NOW.plus(fromNow));
    }

    private static String signed(UnaryOperator<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer("strata")
                .audience(TokenService.AUDIENCE)
                .subject("officer")
                .issueTime(Date.from(NOW))
                .notBeforeTime(Date.from(NOW))
                .expirationTime(at(Duration.ofHours(1)))
                .claim("name", "Officer")
                .claim("role", "officer")
                .claim("counties", List.of("330106"));
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader(JWSAlgorithm.HS256), change.apply(claims).build());
            jwt.sign(new MACSigner(KEY));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
