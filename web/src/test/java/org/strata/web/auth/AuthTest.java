package org.strata.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/** The demo identity provider issues signed tokens only with --demo; every request's token is checked. */
class AuthTest {
    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} signs in as {1}")
    @CsvSource({
        "officer, officer",
        "reviewer, reviewer",
        "surveyor, surveyor",
        "citizen, public",
        "owner, holder",
        "court, authority"
    })
    void everyDemoAccountGetsATokenThatSaysItsRole(String username, String role) {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http http = new Http(server.uri());
            HttpResponse<String> response =
                    http.postJson("/auth/token", "{\"username\":\"" + username + "\",\"password\":\"demo\"}");
            assertEquals(200, response.statusCode(), response.body());
            JsonNode token = Http.json(response);
            assertEquals("Bearer", token.get("token_type").asText());
            String bearer = "Bearer " + token.get("access_token").asText();
            JsonNode me = Http.json(http.get("/auth/me", "Authorization", bearer));
            assertEquals(username, me.get("subject").asText());
            assertEquals(role, me.get("role").asText());
            assertEquals(
                    200, http.get("/ogc/collections", "Authorization", bearer).statusCode());
        }
    }

    @Test
    void wrongPasswordsUnknownUsersAndForgedTokensAre401() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http http = new Http(server.uri());
            assertCode(
                    http.postJson("/auth/token", "{\"username\":\"officer\",\"password\":\"guess\"}"),
                    401,
                    "invalid-credentials");
            assertCode(
                    http.postJson("/auth/token", "{\"username\":\"mallory\",\"password\":\"demo\"}"),
                    401,
                    "invalid-credentials");
            String token = Http.json(http.postJson("/auth/token", "{\"username\":\"citizen\",\"password\":\"demo\"}"))
                    .get("access_token")
                    .asText();
            String[] parts = token.split("\\.");
            String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
            assertCode(http.get("/ogc", "Authorization", "Bearer " + forged), 401, "invalid-token");
            assertCode(http.get("/ogc", "Authorization", "Basic b2ZmaWNlcjpkZW1v"), 401, "invalid-token");
            HttpResponse<String> unsigned =
                    http.get("/auth/me", "Authorization", "Bearer " + parts[0] + "." + parts[1] + ".");
            assertCode(unsigned, 401, "invalid-token");
            assertTrue(
                    unsigned.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        }
    }

    @Test
    void withoutDemoThereIsNoDemoIdentityProvider() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, false))) {
            Http http = new Http(server.uri());
            assertCode(
                    http.postJson("/auth/token", "{\"username\":\"officer\",\"password\":\"demo\"}"),
                    404,
                    "demo-identity-disabled");
        }
    }

    @Test
    void tokensSurviveARestartOnTheSameDataFolder() {
        String token;
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            token = Http.json(new Http(server.uri())
                            .postJson("/auth/token", "{\"username\":\"officer\",\"password\":\"demo\"}"))
                    .get("access_token")
                    .asText();
        }
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            assertEquals(
                    200,
                    new Http(server.uri())
                            .get("/auth/me", "Authorization", "Bearer " + token)
                            .statusCode());
        }
    }

    private static void assertCode(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, Http.json(response).get("code").asText(), response.body());
    }
}
