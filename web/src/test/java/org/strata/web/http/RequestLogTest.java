package org.strata.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * Every request is answered with an {@code X-Request-Id} and leaves one line in the access log (slf4j, logger
 * {@code strata.access}): id, method, path, status and time; the query string stays out of the log.
 */
class RequestLogTest {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @TempDir
    Path folder;

    @Test
    void eachRequestHasAnIdAndOneLogLine() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, false))) {
            Http http = new Http(server.uri());
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            HttpResponse<String> own = http.get("/health", "X-Request-Id", "client-7.a_b");
            HttpResponse<String> fresh = http.get("/health?secret=abc");
            HttpResponse<String> hostile = http.get("/api/v1/units/nonsense", "X-Request-Id", "x y<script>");
            RequestLog.flush();
            System.setErr(err);

            assertEquals(
                    "client-7.a_b", own.headers().firstValue(RequestLog.HEADER).orElseThrow());
            String freshId = fresh.headers().firstValue(RequestLog.HEADER).orElseThrow();
            assertTrue(UUID.matcher(freshId).matches(), freshId);
            String hostileId = hostile.headers().firstValue(RequestLog.HEADER).orElseThrow();
            assertTrue(
                    UUID.matcher(hostileId).matches(), "a header that is not a short token is replaced: " + hostileId);

            String log = captured.toString(StandardCharsets.UTF_8);
            assertTrue(log.matches("(?s).*strata\\.access - client-7\\.a_b GET /health 200 [0-9.]+ ms.*"), log);
            assertTrue(log.contains(freshId + " GET /health 200 "), log);
            assertTrue(
                    log.contains(hostileId + " GET /api/v1/units/nonsense " + hostile.statusCode() + " "),
                    "error answers are logged too: " + log);
            assertFalse(log.contains("secret=abc"), "the query string stays out of the log");
        } finally {
            System.setErr(err);
        }
    }
}
