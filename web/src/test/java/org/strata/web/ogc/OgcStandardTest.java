package org.strata.web.ogc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * OGC API – Features Part 1 (Core) and Part 2 (CRS) requirement by requirement, as a generic client meets them: each
 * test is named after the requirement it shows (OGC 17-069r4, OGC 18-058r1).
 */
class OgcStandardTest {
    @TempDir
    static Path folder;

    private static StrataServer server;
    private static Http http;
    private static long parcels;

    @BeforeAll
    static void start() {
        server = DemoServer.start(DemoServer.embedded(folder, true));
        http = new Http(server.uri()).as("officer");
        parcels = Http.json(http.get("/ogc/collections/parcels/items?limit=1"))
                .get("numberMatched")
                .asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long matched(String query) {
        HttpResponse<String> response = http.get("/ogc/collections/parcels/items?limit=1&" + query);
        assertEquals(200, response.statusCode(), query + ": " + response.body());
        return Http.json(response).get("numberMatched").asLong();
    }

    private static String code(String path) {
        HttpResponse<String> response = http.get(path);
        assertEquals(400, response.statusCode(), path + ": " + response.body());
        return Http.json(response).get("code").asText();
    }

    @Test
    void req_core_query_param_unknown_isRefusedWith400() {
        for (String path : List.of(
                "/ogc?lang=zh",
                "/ogc/conformance?x=1",
                "/ogc/collections?limit=5",
                "/ogc/collections/parcels?bbox=1,2,3,4",
                "/ogc/collections/parcels/items?sortby=unitCode",
                "/ogc/collections/parcels/items?Limit=5",
                "/ogc/api?foo=bar")) {
            assertEquals("unknown-parameter", code(path), path);
        }
        assertEquals(
                200,
                http.get("/ogc/collections/parcels/items?f=json&limit=1&offset=0")
                        .statusCode());
    }

    @Test
    void req_core_fc_bbox_definition_acceptsAnyCrs84BoxOnEarth() {
        assertEquals(parcels, matched("bbox=-180,-90,180,90"), "the whole world holds every parcel");
        assertEquals(0, matched("bbox=0,0,1,1"), "a box far from Zhejiang holds none");
        assertEquals(0, matched("bbox=170,-10,-170,10"), "across the antimeridian, elsewhere");
        assertEquals(parcels, matched("bbox=100,20,-170,50"), "across the antimeridian, around Zhejiang");
        assertEquals(parcels, matched("bbox=-180,-90,0,90,180,90".replace(",0,90,180,90", ",180,90")));
        assertEquals("invalid-bbox", code("/ogc/collections/parcels/items?bbox=0,10,1,5"), "south above north");
        assertEquals("invalid-bbox", code("/ogc/collections/parcels/items?bbox=181,0,182,1"));
    }

    @Test
    void req_core_fc_time_definition_andResponse_filterOnLegalValidity() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        long registered = matched("datetime=../..");
        assertTrue(registered > 0 && registered <= parcels, "parcels with a registration: " + registered);
        java.time.Instant since = java.time.Instant.parse(Http.json(http.get("/ogc/collections/parcels"))
                .at("/extent/temporal/interval/0/0")
                .asText());
        String dayBefore = since.atZone(ZoneId.of("Asia/Shanghai"))
                .toLocalDate()
                .minusDays(1)
                .toString();
        assertEquals(registered, matched("datetime=" + today), "in force today");
        assertEquals(0, matched("datetime=" + dayBefore), "the day before the first registration");
        assertEquals(0, matched("datetime=" + since.minusSeconds(1)));
        assertTrue(matched("datetime=" + since) > 0, "the first registration's own instant");
        assertEquals(registered, matched("datetime=2099-01-01"), "still in force");
        assertEquals(0, matched("datetime=../" + dayBefore));
        assertEquals(registered, matched("datetime=" + dayBefore + "/.."));
        assertEquals(registered, matched("datetime=" + since + "/2099-01-01T00:00:00Z"));
        for (String bad : List.of("garbage", "2024-13-01", "2024-06-01/2023-01-01", "a/b/c", "2024-06-01T25:00Z")) {
            assertEquals("invalid-datetime", code("/ogc/collections/parcels/items?datetime=" + bad), bad);
        }
    }

    @Test
    void req_core_rc_md_extent_temporal_isGivenPerCollection() {
        JsonNode collections = Http.json(http.get("/ogc/collections")).get("collections");
        for (JsonNode c : collections) {
            JsonNode interval = c.at("/extent/temporal/interval/0");
            assertTrue(interval.get(0).isTextual(), c.get("id") + ": " + c.get("extent"));
            assertTrue(interval.get(1).isNull(), "open: still in force");
        }
    }

    @Test
    void req_oas30_oas_definition_hasServersRelativePathsAndTheBuildingBlocks() {
        HttpResponse<String> response = http.get("/ogc/api");
        assertEquals(200, response.statusCode());
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(response.body(), null, null);
        assertEquals(List.of(), parsed.getMessages(), "the definition validates");
        JsonNode api = Http.json(response);
        String server = api.at("/servers/0/url").asText();
        assertEquals(server.replaceAll("/ogc$", "") + "/ogc", server);
        api.get("paths").fieldNames().forEachRemaining(path -> {
            assertFalse(path.startsWith("/ogc"), path + " is relative to the landing page");
            String concrete = path.replace("{collectionId}", "parcels")
                    .replace("{featureId}", firstParcel())
                    .replace("{tileMatrixSetId}", "WebMercatorQuad")
                    .replace("{tileMatrix}/{tileRow}/{tileCol}", "16/26984/54636");
            assertEquals(200, http.get(server + concrete).statusCode(), "served: " + server + concrete);
        });
        JsonNode parameters = api.at("/components/parameters");
        for (String name : List.of("bbox", "datetime", "limit")) {
            assertEquals("form", parameters.get(name).get("style").asText(), name);
            assertFalse(parameters.get(name).get("explode").asBoolean(), name);
            assertEquals("query", parameters.get(name).get("in").asText(), name);
        }
        List<String> ids = new ArrayList<>();
        parameters.at("/collectionId/schema/enum").forEach(id -> ids.add(id.asText()));
        List<String> served = new ArrayList<>();
        Http.json(http.get("/ogc/collections"))
                .get("collections")
                .forEach(c -> served.add(c.get("id").asText()));
        assertEquals(served, ids, "every collection is in the enum, rights included");
    }

    @Test
    void req_crs_ogc_crs_header_isOnEveryFeatureResponse() {
        for (String crs : List.of("", "&crs=http://www.opengis.net/def/crs/EPSG/0/4549")) {
            for (String f : List.of("json", "html")) {
                HttpResponse<String> items = http.get("/ogc/collections/parcels/items?limit=1&f=" + f + crs);
                String expected = crs.isEmpty()
                        ? "<http://www.opengis.net/def/crs/OGC/1.3/CRS84>"
                        : "<http://www.opengis.net/def/crs/EPSG/0/4549>";
                assertEquals(expected, items.headers().firstValue("Content-Crs").orElse(""), f + crs);
                HttpResponse<String> item =
                        http.get("/ogc/collections/parcels/items/" + firstParcel() + "?f=" + f + crs);
                assertEquals(expected, item.headers().firstValue("Content-Crs").orElse(""), f + crs);
            }
        }
    }

    @Test
    void req_crs_fc_crs_and_bbox_crs_everySupportedCrsInItsAxisOrder() {
        JsonNode collection = Http.json(http.get("/ogc/collections/parcels"));
        List<String> listed = new ArrayList<>();
        collection.get("crs").forEach(c -> listed.add(c.asText()));
        String parcel = firstParcel();
        for (String crs : listed) {
            HttpResponse<String> item = http.get("/ogc/collections/parcels/items/" + parcel + "?crs=" + crs);
            assertEquals(200, item.statusCode(), crs + ": " + item.body());
            assertEquals(
                    "<" + crs + ">", item.headers().firstValue("Content-Crs").orElse(""));
            JsonNode ring = Http.json(item).at("/geometry/coordinates/0");
            double first = ring.get(0).get(0).asDouble();
            double second = ring.get(0).get(1).asDouble();
            switch (crs.substring(crs.lastIndexOf('/') + 1)) {
                case "CRS84" -> assertTrue(Math.abs(first - 120.13) < 0.1 && Math.abs(second - 30.26) < 0.1, crs);
                case "4490" -> assertTrue(Math.abs(first - 30.26) < 0.1 && Math.abs(second - 120.13) < 0.1, crs);
                case "4548" -> assertTrue(Math.abs(first - 3.35e6) < 2e4 && second > 7.8e5 && second < 8.2e5, crs);
                case "4549" -> assertTrue(Math.abs(first - 3.35e6) < 2e4 && Math.abs(second - 5.12e5) < 1e4, crs);
                case "4550" -> assertTrue(Math.abs(first - 3.35e6) < 2e4 && second > 2.0e5 && second < 2.4e5, crs);
                default -> throw new AssertionError("unexpected CRS " + crs);
            }
            double minA = Double.MAX_VALUE;
            double minB = Double.MAX_VALUE;
            double maxA = -Double.MAX_VALUE;
            double maxB = -Double.MAX_VALUE;
            for (JsonNode p : ring) {
                minA = Math.min(minA, p.get(0).asDouble());
                maxA = Math.max(maxA, p.get(0).asDouble());
                minB = Math.min(minB, p.get(1).asDouble());
                maxB = Math.max(maxB, p.get(1).asDouble());
            }
            JsonNode found = Http.json(http.get("/ogc/collections/parcels/items?limit=100&bbox-crs=" + crs + "&bbox="
                    + minA + "," + minB + "," + maxA + "," + maxB));
            assertTrue(found.get("features").toString().contains(parcel), crs + ": the parcel's own box finds it");
        }
        assertEquals(5, listed.size(), "CRS84, EPSG:4490 and the zones 4548, 4549, 4550: " + listed);
        assertEquals("invalid-crs", code("/ogc/collections/parcels/items?crs=EPSG:3857"));
    }

    private static String firstParcel() {
        return Http.json(http.get("/ogc/collections/parcels/items?limit=1"))
                .at("/features/0/id")
                .asText();
    }
}
