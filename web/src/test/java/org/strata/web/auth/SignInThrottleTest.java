package org.strata.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.registry.access.SignInThrottle;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * Finding 13.8: password guessing is throttled. After five wrong passwords an account waits, and during the wait
 * even the right password is refused with 429 and Retry-After; other accounts are not held up by it.
 */
class SignInThrottleTest {
    @TempDir
    static Path folder;

    private static StrataServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = DemoServer.start(DemoServer.embedded(folder, true));
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void guessingLocksTheAccountAndTheRightPasswordWaitsToo() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            assertEquals(401, signIn("reviewer", "guess-" + i).statusCode());
        }
        HttpResponse<String> wrong = signIn("reviewer", "guess-again");
        assertEquals(429, wrong.statusCode(), wrong.body());
        assertEquals("rate-limited", Http.json(wrong).get("code").asText());
        HttpResponse<String> right = signIn("reviewer", "demo");
        assertEquals(429, right.statusCode(), "the right password must wait too: " + right.body());
        long retryAfter =
                Long.parseLong(right.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "retry after " + retryAfter);
        assertEquals(200, signIn("surveyor", "demo").statusCode(), "another account is not locked");
    }

    private static HttpResponse<String> signIn(String user, String password) {
        return http.postJson("/auth/token", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }
}
