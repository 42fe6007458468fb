package org.strata.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.strata.registry.port.FeatureKind;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * Bad requests get a 4xx JSON error with a stable code, never a 500, and change nothing. The cases live
 * in bad-requests.csv; there ';' stands for ',' inside bbox values and for '&' between repeated parameters.
 */
class BadRequestTest {
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
        assertEquals(parcelsBefore, server.store().count(FeatureKind.PARCEL), "a bad request changed the store");
        server.close();
    }

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @CsvFileSource(resources = "/org/strata/web/bad-requests.csv", numLinesToSkip = 0)
    void answersWithTheCodeAndStatus(String method, String path, int status, String code) {
        String target = path.replace(" ", "%20");
        target = target.contains("limit=1;limit=2") ? target.replace(";", "&") : target.replace(";", "%2C");
        HttpResponse<String> response = method.equals("GET")
                ? http.get(target)
                : method.equals("POST") ? http.postJson(target, "{}") : http.method(method, target);
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        JsonNode body = Http.json(response);
        assertEquals(code, body.get("code").asText(), response.body());
        assertEquals(status, body.get("status").asInt());
        assertTrue(body.get("message").asText().length() > 10, "the message must say what was wrong");
    }

    @Test
    void aMalformedCodeIsExplainedByItsFailingPart() {
        JsonNode body = Http.json(http.get("/ogc/collections/units/items/330106003005GQ00004F00010203"));
        assertTrue(body.get("message").asText().contains("right letter 'Q'"), body.toString());
        assertTrue(body.get("message").asText().contains("part: rightLetter"), body.toString());
    }

    @Test
    void malformedJsonIsA400() {
        HttpResponse<String> response = http.postJson("/auth/token", "{\"username\": ");
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("invalid-json", Http.json(response).get("code").asText());
    }
}
