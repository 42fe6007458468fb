package org.strata.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strata.registry.port.FeatureKind;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * Requests an attacker sends (issue findings 3, 5 and 7): paths that try to escape routing, coordinates that once
 * hung the grid, bodies too large or too deep, a footprint of a million vertices. Each gets a JSON 4xx with a code,
 * quickly, and changes nothing.
 */
class HostileRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private static StrataServer server;
    private static Http http;
    private static long parcelsBefore;

    @BeforeAll
    static void start() {
        server = DemoServer.start(DemoServer.embedded(folder, true));
        http = new Http(server.uri());
        parcelsBefore = server.store().count(FeatureKind.PARCEL);
    }

    @AfterAll
    static void stop() {
        assertEquals(parcelsBefore, server.store().count(FeatureKind.PARCEL), "a hostile request changed the store");
        server.close();
    }

    @ParameterizedTest(name = "GET {0} -> 400 invalid-path")
    @ValueSource(
            strings = {
                "/api/v1/units/%00",
                "/api/v1/units/a%2Fb",
                "/api/v1/units/a%5cb",
                "/ogc/%2e%2e/ogc",
                "/viewer/%252e%252e/pom.xml",
                "/api/v1/units/%252e%252e",
                "/api/v1/units/%zz",
                "/viewer/%2E%2E/%2E%2E/org/strata/web/boot/StrataServer.class"
            })
    void pathsThatTryToEscapeRoutingAreRefusedAsJson(String path) throws IOException {
        Raw answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals(400, answer.status, answer.text);
        assertTrue(answer.header("content-type").startsWith("application/json"), answer.text);
        assertEquals("invalid-path", JSON.readTree(answer.body()).get("code").asText());
    }

    @Test
    void anOverLongRequestLineOrHeaderIsAJson400() throws IOException {
        String longPath = "/ogc?x=" + "a".repeat(20_000);
        Raw line = raw("GET " + longPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        Raw header = raw("GET /ogc HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        for (Raw answer : new Raw[] {line, header}) {
            assertEquals(400, answer.status, answer.text);
            assertEquals("bad-request", JSON.readTree(answer.body()).get("code").asText());
        }
        // Grizzly writes no headers but the length when the request line itself could not be read
        assertTrue(header.header("content-type").startsWith("application/json"), header.text);
    }

    @Test
    void aMissingViewerFileIsAJson404() {
        HttpResponse<String> response = http.get("/viewer/no-such-file.js");
        assertEquals(404, response.statusCode());
        assertEquals("not-found", Http.json(response).get("code").asText());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        HttpResponse<String> response = http.get("/api/v1/unit-codes/330106003005GB00004F00010001");
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(response.headers()
                .firstValue("Content-Security-Policy")
                .orElse("")
                .contains("default-src 'none'"));
        assertEquals(
                "DENY",
                http.get("/viewer/index.html")
                        .headers()
                        .firstValue("X-Frame-Options")
                        .orElse(""));
    }

    @ParameterizedTest(name = "column at x={0} -> 400 quickly")
    @ValueSource(strings = {"1e21", "-1e300", "9.2e18", "511000.5e5"})
    void coordinatesFarOutsideTheGridAreRefusedWithoutHanging(String x) {
        Http citizen = http.as("citizen");
        HttpResponse<String> response = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> citizen.get("/api/v1/space/column?x=" + x + "&y=3348654&purpose=purchase"));
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("outside-area-of-use", Http.json(response).get("code").asText());
        HttpResponse<String> lonLat = citizen.get("/api/v1/space/column?lon=1e21&lat=30.2&purpose=purchase");
        assertEquals("outside-area-of-use", Http.json(lonLat).get("code").asText());
    }

    @Test
    void aFootprintOfAMillionVerticesIsRefusedBeforeItIsBuilt() {
        String body = firstRegistration(circle(1_000_000));
        HttpResponse<String> response = http.as("officer").postJson("/api/v1/cases", body);
        assertEquals(413, response.statusCode(), response.body());
        assertEquals("body-too-large", Http.json(response).get("code").asText());
    }

    @Test
    void aFootprintOverTheVertexLimitIsRefused() {
        String body = firstRegistration(circle(20_000));
        HttpResponse<String> response = http.as("officer").postJson("/api/v1/cases", body);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("unit-too-large", Http.json(response).get("code").asText());
    }

    @ParameterizedTest(name = "footprint {0} -> 400 {1}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "[[[1e300,3347000],[1e300,3347010],[-1e300,3347010],[-1e300,3347000],[1e300,3347000]]] | outside-area-of-use",
                "[[[0,0],[10,0],[10,10],[0,10],[0,0]]] | outside-area-of-use",
                "[[[500000,3347000],[530000,3347000],[530000,3347010],[500000,3347010],[500000,3347000]]] | unit-too-large"
            })
    void footprintsOutsideTheAreaOfUseOrTooWideAreRefused(String rings, String code) {
        String body = firstRegistration("{\"type\":\"Polygon\",\"coordinates\":" + rings + "}");
        HttpResponse<String> response = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> http.as("officer").postJson("/api/v1/cases", body));
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(code, Http.json(response).get("code").asText());
    }

    @Test
    void jsonNestedTooDeeplyIsA400() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        HttpResponse<String> response =
                http.as("officer").postJson("/api/v1/cases", "{\"type\":\"first\",\"details\":{\"x\":" + deep + "}}");
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("invalid-json", Http.json(response).get("code").asText());
    }

    @Test
    void overLongValuesAreA400NotA503() {
        Http citizen = http.as("citizen");
        String ref = "x".repeat(500);
        HttpResponse<String> response =
                citizen.get("/api/v1/space/column?x=511000&y=3347000&purpose=purchase&caseRef=" + ref);
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response.body());
        JsonNode error = Http.json(response);
        assertFalse(error.get("code").asText().isBlank());
    }

    /** A GeoJSON polygon of {@code vertices} points on a circle of 50 m in the demo area. */
    private static String circle(int vertices) {
        StringBuilder ring = new StringBuilder("[");
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            ring.append(String.format(
                    Locale.ROOT, "[%.3f,%.3f],", 511000 + 50 * Math.cos(angle), 3347000 + 50 * Math.sin(angle)));
        }
        ring.append("[511050.000,3347000.000]]");
        return "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}";
    }

    private static String firstRegistration(String footprint) {
        return "{\"type\":\"first\",\"unitCode\":\"330106003005GB00901W00000000\",\"parties\":[{\"name\":\"张丽\","
                + "\"idType\":\"resident-id\",\"idNumber\":\"11010519491231002X\",\"role\":\"holder\"}],"
                + "\"unit\":{\"kind\":\"parcel\",\"use\":\"0701\",\"statedArea\":500,\"location\":\"杭州市西湖区文苑路901号\","
                + "\"footprint\":" + footprint + "}}";
    }

    private static Raw raw(String request) throws IOException {
        try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            return new Raw(status, text);
        }
    }

    /** A raw HTTP answer. */
    private record Raw(int status, String text) {
        String header(String name) {
            for (String line : text.split("\r\n")) {
                if (line.isEmpty()) {
                    break;
                }
                if (line.toLowerCase(Locale.ROOT).startsWith(name + ":")) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return "";
        }

        String body() {
            return text.substring(text.indexOf("\r\n\r\n") + 4);
        }
    }
}
