package org.strata.web.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.geo.crs.HeightConversion;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.port.FeatureKind;
import org.strata.registry.unit.UnitCode;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/** The OGC 'rights' collection with 6-number bboxes and JSON-FG prisms, and the CZML of a bbox. */
class RightsAndCzmlTest {
    @TempDir
    static Path folder;

    private static StrataServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = DemoServer.start(DemoServer.embedded(folder, true));
        http = new Http(server.uri()).as("citizen");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aSixNumberBboxKeepsTheVolumesInTheHeightRange() {
        JsonNode all = Http.json(http.get("/ogc/collections/rights/items?limit=1"));
        assertEquals(
                server.store().count(FeatureKind.RIGHT),
                all.get("numberMatched").asLong());
        JsonNode deep =
                Http.json(http.get("/ogc/collections/rights/items?limit=1000&bbox=120.12,30.25,-16,120.14,30.27,-10"));
        Set<String> kinds = new HashSet<>();
        for (JsonNode f : deep.get("features")) {
            JsonNode p = f.get("properties");
            assertTrue(p.get("lower").isNull() || p.get("lower").asDouble() < -10, f.toString());
            assertTrue(p.get("upper").isNull() || p.get("upper").asDouble() > -16, f.toString());
            kinds.add(p.get("kind").asText() + "/" + p.get("layer").asText());
        }
        assertTrue(kinds.contains("land-unit/underground"), kinds.toString());
        assertTrue(kinds.contains("building-unit/underground"), kinds.toString());
        assertTrue(kinds.contains("land-unit/surface"), "unbounded surface parcels reach down there: " + kinds);
    }

    @Test
    void jsonFgCarriesThePrismInPlace() {
        HttpResponse<String> response = http.get("/ogc/collections/rights/items/330106003005GX00002W00000000?f=jsonfg");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/fg+json"));
        JsonNode feature = Http.json(response);
        JsonNode place = feature.get("place");
        assertEquals("Prism", place.get("type").asText());
        assertEquals(-17.0, place.get("lower").asDouble());
        assertEquals(5.0, place.get("upper").asDouble());
        double northing =
                place.get("base").get("coordinates").get(0).get(0).get(0).asDouble();
        assertTrue(northing > 3_300_000, "EPSG:4549 order is northing first: " + northing);
        double longitude =
                feature.get("geometry").get("coordinates").get(0).get(0).get(0).asDouble();
        assertEquals(120.13, longitude, 0.01);
        JsonNode page = Http.json(http.get("/ogc/collections/rights/items?limit=5", "Accept", "application/fg+json"));
        assertEquals(
                "http://www.opengis.net/def/crs/EPSG/0/4549",
                page.get("coordRefSys").asText());
    }

    @Test
    void czmlHasUnitCodesEllipsoidalHeightsAndAvailability() {
        String officer = "Bearer "
                + Http.json(http.postJson("/auth/token", "{\"username\":\"officer\",\"password\":\"demo\"}"))
                        .get("access_token")
                        .asText();
        assertEquals(
                401,
                new Http(server.uri())
                        .get("/api/v1/czml?bbox=120.12,30.25,120.14,30.27&purpose=purchase")
                        .statusCode());
        assertEquals(400, http.get("/api/v1/czml", "Authorization", officer).statusCode());
        JsonNode czml = Http.json(
                http.get("/api/v1/czml?bbox=120.12,30.25,120.14,30.27&purpose=purchase", "Authorization", officer));
        assertEquals("document", czml.get(0).get("id").asText());
        assertEquals(server.store().count(FeatureKind.RIGHT) + 1, czml.size());
        BuildingUnit unit = server.store()
                .unit(UnitCode.parse(czml.get(5).get("id").asText()))
                .orElseThrow();
        JsonNode packet = czml.get(5);
        double offset = HeightConversion.HANGZHOU_GEOID_OFFSET_METRES;
        assertEquals(
                unit.heights().bottomOrNull() + offset,
                packet.get("polygon").get("height").asDouble(),
                1e-6);
        assertEquals(
                unit.heights().topOrNull() + offset,
                packet.get("polygon").get("extrudedHeight").asDouble(),
                1e-6);
        String start =
                server.register().eventsOf(unit.unitCode()).get(0).validFrom().toString();
        assertEquals(start + "/9999-12-31T23:59:59Z", packet.get("availability").asText());
        assertEquals(
                unit.footprint().polygon().getNumPoints() - 1,
                packet.get("polygon")
                                .get("positions")
                                .get("cartographicDegrees")
                                .size()
                        / 3);
    }
}
