package org.strata.web.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.strata.data.demo.DemoData;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.port.AreaQuery;
import org.strata.registry.register.RegisterEvent;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * Lookups with a purpose, answered in the asker's tier and recorded: the public sees no names, ID numbers,
 * shares or amounts and is stopped by the rate limit; the holder sees their units and who looked at them.
 */
class QueryTiersTest {
    @TempDir
    static Path folder;

    private static StrataServer server;
    private static Http http;
    private static String citizen;
    private static String owner;
    private static String officer;
    private static String ownersUnit;

    @BeforeAll
    static void start() {
        server = DemoServer.start(DemoServer.embedded(folder, true));
        http = new Http(server.uri());
        citizen = token("citizen");
        owner = token("owner");
        officer = token("officer");
        JsonNode mine =
                Http.json(http.get("/api/v1/me/units", "Authorization", owner)).get("units");
        assertEquals(2, mine.size(), mine.toString());
        ownersUnit = mine.get(0).get("unitCode").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String token(String user) {
        return "Bearer "
                + Http.json(http.postJson("/auth/token", "{\"username\":\"" + user + "\",\"password\":\"demo\"}"))
                        .get("access_token")
                        .asText();
    }

    @Test
    void everyLookupStatesAPurpose() {
        HttpResponse<String> none = http.get("/api/v1/units/" + ownersUnit, "Authorization", citizen);
        assertEquals(400, none.statusCode());
        assertEquals("missing-purpose", Http.json(none).get("code").asText());
        assertEquals(
                400,
                http.get("/api/v1/units/" + ownersUnit + "?purpose=curiosity", "Authorization", citizen)
                        .statusCode());
        HttpResponse<String> caseByCitizen =
                http.get("/api/v1/units/" + ownersUnit + "?purpose=case", "Authorization", citizen);
        assertEquals(403, caseByCitizen.statusCode());
    }

    @Test
    void thePublicSeesFlagsAndTheHolderSeesWhoLooked() {
        HttpResponse<String> looked =
                http.get("/api/v1/units/" + ownersUnit + "?purpose=purchase", "Authorization", citizen);
        assertEquals(200, looked.statusCode(), looked.body());
        JsonNode view = Http.json(looked);
        assertEquals("public", view.get("tier").asText());
        assertFalse(view.has("holders"));
        assertFalse(view.has("restrictions"));
        assertTrue(view.get("flags").get("coOwned").isBoolean());
        assertFalse(looked.body().contains(DemoData.DEMO_OWNER_ID_NUMBER));
        assertFalse(looked.body().contains("陈静"));
        String receipt = view.get("receipt").asText();
        assertEquals(receipt, looked.headers().firstValue("X-Query-Receipt").orElseThrow());
        JsonNode record = Http.json(http.get("/api/v1/receipts/" + receipt, "Authorization", citizen));
        assertEquals("purchase", record.get("purpose").asText());
        assertEquals(
                404,
                http.get("/api/v1/receipts/" + receipt, "Authorization", owner).statusCode());

        JsonNode own =
                Http.json(http.get("/api/v1/units/" + ownersUnit + "?purpose=own-property", "Authorization", owner));
        assertEquals("holder", own.get("tier").asText());
        assertTrue(own.toString().contains(DemoData.DEMO_OWNER_ID_NUMBER));

        http.get("/api/v1/units/" + ownersUnit + "?purpose=case", "Authorization", officer);
        JsonNode log = Http.json(http.get("/api/v1/me/access-log", "Authorization", owner))
                .get("queries");
        List<String> seen = new ArrayList<>();
        log.forEach(
                q -> seen.add(q.get("role").asText() + "/" + q.get("purpose").asText()));
        assertTrue(seen.contains("public/purchase"), seen.toString());
        assertFalse(seen.contains("officer/case"), "officers' case queries are withheld: " + seen);
        assertTrue(log.toString().contains("市民"), "the asker is named to the holder");
    }

    @Test
    void authoritiesNameTheirCaseAndInterestedPartiesSeeNamesOnly() {
        String court = token("court");
        HttpResponse<String> unnamed =
                http.get("/api/v1/units/" + ownersUnit + "?purpose=case", "Authorization", court);
        assertEquals(400, unnamed.statusCode());
        assertEquals("missing-case-reference", Http.json(unnamed).get("code").asText());
        JsonNode forCase = Http.json(http.get(
                "/api/v1/units/" + ownersUnit + "?purpose=case&caseRef=(2026)浙0106执9号", "Authorization", court));
        assertEquals("authority", forCase.get("tier").asText());
        assertTrue(forCase.has("holders"));

        HttpResponse<String> granted = http.postJson(
                "/api/v1/interests",
                "{\"subject\":\"citizen\",\"unitCode\":\"" + ownersUnit
                        + "\",\"evidence\":\"lease contract of 2026-03-01\",\"days\":30}",
                "Authorization",
                officer);
        assertEquals(201, granted.statusCode(), granted.body());
        assertEquals(
                403,
                http.postJson(
                                "/api/v1/interests",
                                "{\"subject\":\"citizen\",\"unitCode\":\"" + ownersUnit + "\",\"evidence\":\"x\"}",
                                "Authorization",
                                citizen)
                        .statusCode());
        HttpResponse<String> interested =
                http.get("/api/v1/units/" + ownersUnit + "?purpose=litigation", "Authorization", citizen);
        JsonNode view = Http.json(interested);
        assertEquals("interested", view.get("tier").asText());
        assertEquals("陈静", view.get("holders").get(0).get("name").asText());
        assertFalse(view.get("holders").get(0).has("idNumber"));
        assertFalse(interested.body().contains(DemoData.DEMO_OWNER_ID_NUMBER));
        assertFalse(interested.body().contains("share"));
        assertFalse(interested.body().contains("amount"));

        JsonNode log = Http.json(http.get("/api/v1/me/access-log", "Authorization", owner))
                .get("queries");
        assertFalse(log.toString().contains("authority"), "authorities' case queries are withheld: " + log);
    }

    @Test
    void aScraperSeesNoPeopleAndIsStoppedByTheRateLimit(@TempDir Path own) {
        try (StrataServer scraped = DemoServer.start(DemoServer.embedded(own, true))) {
            scrape(scraped, new Http(scraped.uri()));
        }
    }

    private static void scrape(StrataServer server, Http http) {
        String scraper = "Bearer "
                + Http.json(http.postJson("/auth/token", "{\"username\":\"citizen\",\"password\":\"demo\"}"))
                        .get("access_token")
                        .asText();
        List<BuildingUnit> units =
                server.store().units(AreaQuery.all(AreaQuery.MAX_LIMIT)).items();
        List<String> secrets = new ArrayList<>();
        int answered = 0;
        boolean stopped = false;
        for (BuildingUnit unit : units) {
            for (RegisterEvent e : server.register().eventsOf(unit.unitCode())) {
                e.parties().forEach(p -> {
                    secrets.add(p.party().name());
                    secrets.add(p.party().idNumber());
                });
            }
            HttpResponse<String> r =
                    http.get("/api/v1/units/" + unit.unitCode() + "?purpose=purchase", "Authorization", scraper);
            if (r.statusCode() == 429) {
                assertTrue(r.headers().firstValue("Retry-After").isPresent());
                stopped = true;
                break;
            }
            assertEquals(200, r.statusCode(), r.body());
            answered++;
            for (String secret : secrets) {
                assertFalse(r.body().contains(secret), "a public answer disclosed " + secret);
            }
            Coordinate c = unit.footprint().polygon().getInteriorPoint().getCoordinate();
            String spot = String.format(Locale.ROOT, "x=%f&y=%f", c.x, c.y);
            for (String other : List.of(
                    "/ogc/collections/units/items/" + unit.unitCode(),
                    "/ogc/collections/rights/items/" + unit.unitCode(),
                    "/api/v1/space/column?" + spot + "&purpose=purchase")) {
                HttpResponse<String> answer = http.get(other, "Authorization", scraper);
                if (answer.statusCode() == 429) {
                    stopped = true;
                    break;
                }
                for (String secret : secrets) {
                    assertFalse(answer.body().contains(secret), other + " disclosed " + secret);
                }
            }
            if (stopped) {
                break;
            }
        }
        assertTrue(stopped, "the rate limit stopped the scraper");
        assertTrue(answered <= DemoServer.PUBLIC_LOOKUPS_PER_HOUR, answered + " lookups answered");
    }
}
