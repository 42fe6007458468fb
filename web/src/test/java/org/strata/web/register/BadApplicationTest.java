package org.strata.web.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strata.data.embedded.EmbeddedStore;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * Malformed applications (bad-applications.json) get a 4xx with a code naming the problem and write
 * nothing: no case, no event, no cadastre record. Only officers may submit.
 */
class BadApplicationTest {
    @TempDir
    static Path folder;

    private static StrataServer server;
    private static Http http;
    private static Officer officer;
    private static long[] before;

    @BeforeAll
    static void start() throws SQLException {
        server = DemoServer.start(DemoServer.embedded(folder, true));
        http = new Http(server.uri());
        officer = new Officer(http);
        before = counts();
    }

    @AfterAll
    static void stop() throws SQLException {
        long[] after = counts();
        server.close();
        assertEquals(before[0], after[0], "cases were written");
        assertEquals(before[1], after[1], "events were written");
        assertEquals(before[2], after[2], "parcels were written");
    }

    static Stream<Arguments> applications() throws IOException {
        try (InputStream in = BadApplicationTest.class.getResourceAsStream("/org/strata/web/bad-applications.json")) {
            List<Arguments> out = new ArrayList<>();
            new ObjectMapper()
                    .readTree(in)
                    .forEach(c -> out.add(Arguments.of(
                            c.get("case").asText(),
                            c.get("body"),
                            c.get("status").asInt(),
                            c.get("code").asText())));
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @MethodSource("applications")
    void isRefusedWithItsCode(String why, JsonNode body, int status, String code) {
        HttpResponse<String> response = officer.submit(body.toString());
        assertEquals(status, response.statusCode(), why + ": " + response.body());
        JsonNode error = Http.json(response);
        assertEquals(code, error.get("code").asText(), why + ": " + response.body());
        assertTrue(error.get("message").asText().length() > 10);
    }

    @Test
    void onlySignedInOfficersMaySubmit() {
        String body = Cases.firstRegistration();
        assertEquals(401, http.postJson("/api/v1/cases", body).statusCode());
        String citizen = Http.json(http.postJson("/auth/token", "{\"username\":\"citizen\",\"password\":\"demo\"}"))
                .get("access_token")
                .asText();
        HttpResponse<String> refused = http.postJson("/api/v1/cases", body, "Authorization", "Bearer " + citizen);
        assertEquals(403, refused.statusCode());
        assertEquals("officer-required", Http.json(refused).get("code").asText());
        assertEquals(
                403,
                http.get("/api/v1/register/verify", "Authorization", "Bearer " + citizen)
                        .statusCode());
        assertEquals(401, http.get("/api/v1/units/330106003005GB00004F00010001").statusCode());
    }

    @Test
    void unknownCasesAndWrongStepsAreRefused() {
        assertEquals(404, officer.get("/api/v1/cases/no-such-case").statusCode());
        HttpResponse<String> submitted = officer.submit(Cases.application(
                "objection", "330106003005GB00004F00010001", Cases.party(Cases.BOB, "applicant", null), ""));
        String id = Http.json(submitted).get("id").asText();
        HttpResponse<String> early = officer.post("/api/v1/cases/" + id + "/record", "{}");
        assertEquals(409, early.statusCode());
        assertEquals("invalid-transition", Http.json(early).get("code").asText());
        officer.post("/api/v1/cases/" + id + "/accept", "{}");
        HttpResponse<String> noReason = officer.post("/api/v1/cases/" + id + "/review", "{\"decision\":\"reject\"}");
        assertEquals(400, noReason.statusCode());
        HttpResponse<String> rejected =
                officer.post("/api/v1/cases/" + id + "/review", "{\"decision\":\"reject\",\"reason\":\"no evidence\"}");
        assertEquals("rejected", Http.json(rejected).get("status").asText());
        assertEquals(
                409,
                officer.post("/api/v1/cases/" + id + "/record", "{\"approve\":true}")
                        .statusCode());
        before[0]++; // the objection case itself was written, as it should be
    }

    private static long[] counts() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:"
                        + folder.resolve("store")
                                .resolve(EmbeddedStore.FILE_NAME)
                                .toAbsolutePath());
                Statement s = c.createStatement()) {
            return new long[] {count(s, "cases"), count(s, "register_events"), count(s, "parcels")};
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
