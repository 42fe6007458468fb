package org.strata.web.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.web.register.Cases.ALICE;
import static org.strata.web.register.Cases.UNIT;
import static org.strata.web.register.Cases.application;
import static org.strata.web.register.Cases.party;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strata.data.postgis.PostgisTestDatabase;
import org.strata.registry.party.IdNumbers;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.ServerSettings;
import org.strata.web.boot.StrataServer;

/** 32 transfers of one unit from its holder recorded at once over HTTP: one is recorded, 31 get 409, on both stores. */
class ConcurrentTransfersTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "postgis"})
    void exactlyOneTransferWins(String storeName) throws Exception {
        String url = null;
        String schema = null;
        ServerSettings settings = DemoServer.embedded(folder, true);
        if (storeName.equals("postgis")) {
            url = PostgisTestDatabase.url();
            schema = PostgisTestDatabase.freshSchema();
            settings = DemoServer.postgis(url, schema);
        }
        try (StrataServer server = DemoServer.start(settings)) {
            Officer officer = new Officer(new Http(server.uri()));
            officer.record(Cases.firstRegistration());
            List<String> caseIds = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String head = String.format("3301061990010%04d", i);
                String buyer = "{\"name\":\"买受人" + i + "\",\"idType\":\"resident-id\",\"idNumber\":\"" + head
                        + IdNumbers.residentIdCheckCharacter(head) + "\"";
                HttpResponse<String> submitted = officer.submit(application(
                        "transfer", UNIT, party(ALICE, "transferor", "1") + "," + party(buyer, "transferee", "1"), ""));
                assertEquals(201, submitted.statusCode(), submitted.body());
                String id = Http.json(submitted).get("id").asText();
                assertEquals(
                        200,
                        officer.post("/api/v1/cases/" + id + "/accept", "{}").statusCode());
                assertEquals(
                        200,
                        officer.post("/api/v1/cases/" + id + "/review", "{\"decision\":\"approve\"}")
                                .statusCode());
                caseIds.add(id);
            }
            ExecutorService pool = Executors.newFixedThreadPool(16);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (String id : caseIds) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return officer.post("/api/v1/cases/" + id + "/record", "{}");
                }));
            }
            start.countDown();
            int ok = 0;
            int conflict = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> r = answer.get();
                if (r.statusCode() == 200) {
                    ok++;
                } else {
                    assertEquals(409, r.statusCode(), r.body());
                    assertEquals("recording-blocked", Http.json(r).get("code").asText());
                    assertEquals(
                            "transferors-not-holders",
                            Http.json(r).get("blockers").get(0).get("code").asText());
                    conflict++;
                }
            }
            pool.shutdown();
            assertEquals(1, ok);
            assertEquals(31, conflict);
            JsonNode history =
                    Http.json(officer.get("/api/v1/units/" + UNIT + "/history")).get("events");
            assertEquals(2, history.size());
            assertTrue(Http.json(officer.get("/api/v1/register/verify"))
                    .get("intact")
                    .asBoolean());
        } finally {
            if (schema != null) {
                PostgisTestDatabase.drop(url, schema);
            }
        }
    }
}
