package org.strata.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.OidcSettings;
import org.strata.web.boot.ServerSettings;
import org.strata.web.boot.StrataServer;

/** The OpenID Connect adapter verifies tokens against a local key set and maps the real-name claims. */
class OidcTest {
    private static final String ISSUER = "https://id.example.test/realms/hangzhou";

    @TempDir
    Path folder;

    private RSAKey key;
    private HttpServer keys;
    private StrataServer server;
    private Http http;

    @BeforeEach
    void start() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        keys = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keys.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        keys.start();
        URI jwksUrl = URI.create("http://127.0.0.1:" + keys.getAddress().getPort() + "/jwks");
        ServerSettings base = DemoServer.embedded(folder, false);
        server = DemoServer.start(new ServerSettings(
                base.host(),
                0,
                folder,
                Optional.empty(),
                "public",
                false,
                base.demoSeed(),
                base.demoSize(),
                base.groundMetres(),
                base.geoidOffsetMetres(),
                base.publicLookupsPerHour(),
                Optional.of(new OidcSettings(ISSUER, jwksUrl))));
        http = new Http(server.uri());
    }

    @AfterEach
    void stop() {
        server.close();
        keys.stop(0);
    }

    private String token(RSAKey signer, String issuer, Instant expires, String idNumber) throws Exception {
        return token(signer, issuer, expires, idNumber, "officer", null);
    }

    private String token(RSAKey signer, String issuer, Instant expires, String idNumber, String role, String dept)
            throws Exception {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("u-42")
                .issueTime(new Date())
                .expirationTime(Date.from(expires))
                .claim("name", "王明")
                .claim("id_number", idNumber)
                .claim("strata_role", role)
                .claim("strata_counties", List.of("330106"));
        if (dept != null) {
            builder.claim("strata_department", dept);
        }
        JWTClaimsSet claims = builder.build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(signer.getKeyID())
                        .build(),
                claims);
        jwt.sign(new RSASSASigner(signer));
        return "Bearer " + jwt.serialize();
    }

    @Test
    void aProvidersTokenMapsToAnActor() throws Exception {
        String valid = token(key, ISSUER, Instant.now().plusSeconds(600), "11010519491231002X");
        JsonNode me = Http.json(http.get("/auth/me", "Authorization", valid));
        assertEquals("u-42", me.get("subject").asText());
        assertEquals("officer", me.get("role").asText());
        assertEquals("330106", me.get("counties").get(0).asText());
    }

    @Test
    void banksAndDepartmentsComeFromTheProvidersClaims() throws Exception {
        String uscc = "91330100MA27XL0E2G";
        JsonNode bank = Http.json(http.get(
                "/auth/me", "Authorization", token(key, ISSUER, Instant.now().plusSeconds(600), uscc, "bank", null)));
        assertEquals("bank", bank.get("role").asText(), bank.toString());
        JsonNode reviewer = Http.json(http.get(
                "/auth/me",
                "Authorization",
                token(key, ISSUER, Instant.now().plusSeconds(600), "11010519491231002X", "reviewer", "planning")));
        assertEquals("planning", reviewer.get("department").asText(), reviewer.toString());
        assertEquals(
                401,
                http.get(
                                "/auth/me",
                                "Authorization",
                                token(key, ISSUER, Instant.now().plusSeconds(600), uscc))
                        .statusCode(),
                "an officer is a person: a credit code is not their identity");
    }

    @Test
    void forgedExpiredForeignAndFalseIdTokensAre401() throws Exception {
        RSAKey other = new RSAKeyGenerator(2048).keyID("k1").generate();
        for (String bad : List.of(
                token(other, ISSUER, Instant.now().plusSeconds(600), "11010519491231002X"),
                token(key, ISSUER, Instant.now().minusSeconds(600), "11010519491231002X"),
                token(key, "https://other.example.test", Instant.now().plusSeconds(600), "11010519491231002X"),
                token(key, ISSUER, Instant.now().plusSeconds(600), "110105194912310021"))) {
            var response = http.get("/auth/me", "Authorization", bad);
            assertEquals(401, response.statusCode(), response.body());
            assertEquals("invalid-token", Http.json(response).get("code").asText());
        }
        assertEquals(
                404,
                http.postJson("/auth/token", "{\"username\":\"officer\",\"password\":\"demo\"}")
                        .statusCode(),
                "the demo identity provider is off");
    }

    @Test
    void demoAndOidcCannotRunTogether() {
        ServerSettings base = DemoServer.embedded(folder, true);
        assertThrows(
                IllegalArgumentException.class,
                () -> new ServerSettings(
                        base.host(),
                        0,
                        folder,
                        Optional.empty(),
                        "public",
                        true,
                        base.demoSeed(),
                        base.demoSize(),
                        base.groundMetres(),
                        base.geoidOffsetMetres(),
                        base.publicLookupsPerHour(),
                        Optional.of(new OidcSettings(ISSUER, URI.create("http://127.0.0.1:1/")))));
    }
}
