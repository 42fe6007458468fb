package org.strata.web.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * The survey API's JSON bodies are typed: an unknown field, a value of the wrong type or a missing field is a 400
 * naming the field, and nothing is stored; a caller without the right gets 403 before the body is read.
 */
class TypedRequestsTest {
    @TempDir
    Path folder;

    @Test
    void badBodiesAreRefusedNamingTheField() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http officer = new Http(server.uri()).as("officer");
            refused(
                    officer.postJson(
                            "/api/v1/firms",
                            "{\"id\":\"F-9\",\"name\":\"x\",\"qualification\":\"A\","
                                    + "\"surveyors\":[],\"nmae\":\"typo\"}"),
                    "invalid-nmae",
                    "nmae");
            refused(
                    officer.postJson(
                            "/api/v1/firms",
                            "{\"id\":\"F-9\",\"name\":\"x\",\"qualification\":\"A\","
                                    + "\"surveyors\":\"not a list\"}"),
                    "invalid-surveyors",
                    "surveyors");
            refused(
                    officer.postJson("/api/v1/firms", "{\"id\":\"F-9\",\"name\":\"x\"}"),
                    "missing-qualification",
                    "qualification");
            refused(
                    officer.postJson("/api/v1/inspections/draws", "{\"packages\":\"many\"}"),
                    "invalid-packages",
                    "packages");
            refused(officer.postJson("/api/v1/firms", "[1,2]"), "missing-body", "JSON object");
            JsonNode firms = Http.json(officer.get("/api/v1/firms"));
            firms.forEach(f -> assertTrue(!f.get("id").asText().equals("F-9"), "nothing was stored"));

            HttpResponse<String> citizen =
                    new Http(server.uri()).as("citizen").postJson("/api/v1/firms", "{\"nonsense\":true}");
            assertEquals(403, citizen.statusCode(), citizen.body());
        }
    }

    private static void refused(HttpResponse<String> r, String code, String named) {
        assertEquals(400, r.statusCode(), r.body());
        JsonNode body = Http.json(r);
        assertEquals(code, body.get("code").asText(), r.body());
        assertTrue(body.get("message").asText().contains(named), r.body());
    }
}
