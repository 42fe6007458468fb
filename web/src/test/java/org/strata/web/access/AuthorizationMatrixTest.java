package org.strata.web.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.locationtech.jts.geom.Coordinate;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.unit.UnitCode;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/** Every endpoint for every demo actor and without a token: status, and the fields the answer holds or lacks. */
class AuthorizationMatrixTest {
    @TempDir
    static Path folder;

    private static StrataServer server;
    private static final Map<String, Http> CLIENTS = new HashMap<>();
    private static final Map<String, String> PLACES = new HashMap<>();

    @BeforeAll
    static void start() {
        server = DemoServer.start(DemoServer.embedded(folder, true));
        Http anonymous = new Http(server.uri());
        CLIENTS.put("none", anonymous);
        for (String actor : new String[] {"officer", "reviewer", "surveyor", "citizen", "owner", "court"}) {
            CLIENTS.put(actor, anonymous.as(actor));
        }
        String unit = Http.json(CLIENTS.get("owner").get("/api/v1/me/units"))
                .get("units")
                .get(0)
                .get("unitCode")
                .asText();
        BuildingUnit u = server.store().unit(UnitCode.parse(unit)).orElseThrow();
        Coordinate c = u.footprint().polygon().getInteriorPoint().getCoordinate();
        PLACES.put("{unit}", unit);
        PLACES.put("{x}", String.format(Locale.ROOT, "%.3f", c.x));
        PLACES.put("{y}", String.format(Locale.ROOT, "%.3f", c.y));
        PLACES.put("{z}", String.format(Locale.ROOT, "%.3f", u.heights().bottomOrNull() + 1));
        PLACES.put("{bbox}", "120.129,30.259,120.1295,30.2595");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvFileSource(resources = "/org/strata/web/authorization-matrix.csv")
    void answersAsTheMatrixSays(String method, String path, String actor, int status, String present, String absent) {
        String target = path;
        for (Map.Entry<String, String> place : PLACES.entrySet()) {
            target = target.replace(place.getKey(), place.getValue());
        }
        Http http = CLIENTS.get(actor);
        HttpResponse<String> response = method.equals("POST") ? http.postJson(target, "{}") : http.get(target);
        assertEquals(status, response.statusCode(), response.body());
        if (status >= 400) {
            assertTrue(Http.json(response).has("code"), "errors carry a code: " + response.body());
            return;
        }
        JsonNode body = Http.json(response);
        if (present != null) {
            for (String field : present.split(";")) {
                assertTrue(body.has(field), field + " missing for " + actor + ": " + response.body());
            }
        }
        if (absent != null) {
            for (String field : absent.split(";")) {
                assertFalse(body.has(field), field + " must be absent for " + actor + ": " + response.body());
            }
        }
    }
}
