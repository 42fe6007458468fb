package org.strata.web.ogc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * OGC API – Features Part 3 (Filtering, OGC 19-079r2) and CQL2 (OGC 21-065) requirement by requirement, against the
 * running demo service: queryables per collection, filter in cql2-text and cql2-json, the answer exactly the features
 * a full scan finds, refusals naming where, and an anonymous caller (who sees no attributes) kept to place, time
 * and unit code.
 */
class OgcFilterTest {
    @TempDir
    static Path folder;

    private static StrataServer server;
    private static Http officer;
    private static Http anonymous;

    @BeforeAll
    static void start() {
        server = DemoServer.start(DemoServer.embedded(folder, true));
        officer = new Http(server.uri()).as("officer");
        anonymous = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode units(Http as, String query) {
        HttpResponse<String> r =
                as.get("/ogc/collections/units/items?" + (query.contains("limit=") ? query : "limit=10000&" + query));
        assertEquals(200, r.statusCode(), query + ": " + r.body());
        return Http.json(r);
    }

    @Test
    void req_queryables_get_queryables_response_isAJsonSchemaPerCollection() {
        HttpResponse<String> r = officer.get("/ogc/collections/units/queryables");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/schema+json"));
        JsonNode schema = Http.json(r);
        assertEquals("object", schema.get("type").asText());
        assertTrue(schema.get("$id").asText().endsWith("/ogc/collections/units/queryables"));
        for (String name : new String[] {"unitCode", "floor", "room", "use", "geometry", "validity"}) {
            assertTrue(schema.get("properties").has(name), name);
        }
        assertEquals("integer", schema.at("/properties/floor/type").asText());
        JsonNode collection = Http.json(officer.get("/ogc/collections/units"));
        assertTrue(collection.get("links").toString().contains("http://www.opengis.net/def/rel/ogc/1.0/queryables"));
        JsonNode conformance = Http.json(officer.get("/ogc/conformance"));
        for (String c : OgcFilter.CONFORMANCE) {
            assertTrue(conformance.get("conformsTo").toString().contains(c), c);
        }
    }

    @Test
    void req_filter_filter_param_answersExactlyWhatAFullScanFinds() {
        JsonNode all = units(officer, "");
        Set<String> expected = new HashSet<>();
        all.get("features").forEach(f -> {
            JsonNode p = f.get("properties");
            if (p.get("floor").asInt() >= 3 && p.get("room").asText().endsWith("1")) {
                expected.add(f.get("id").asText());
            }
        });
        assertFalse(expected.isEmpty());
        for (String filter : new String[] {
            "filter=" + q("floor >= 3 AND room LIKE '%1'"),
            "filter-lang=cql2-json&filter="
                    + q("{\"op\":\"and\",\"args\":[{\"op\":\">=\",\"args\":[{\"property\":"
                            + "\"floor\"},3]},{\"op\":\"like\",\"args\":[{\"property\":\"room\"},\"%1\"]}]}")
        }) {
            JsonNode found = units(officer, filter);
            Set<String> ids = new HashSet<>();
            found.get("features").forEach(f -> ids.add(f.get("id").asText()));
            assertEquals(expected, ids, filter);
            assertEquals(expected.size(), found.get("numberMatched").asInt());
        }
    }

    @Test
    void req_filter_spatial_and_temporal_combineWithBboxAndPaging() {
        JsonNode first = units(officer, "limit=1").at("/features/0");
        double lon = first.at("/geometry/coordinates/0/0/0").asDouble();
        double lat = first.at("/geometry/coordinates/0/0/1").asDouble();
        JsonNode here = units(
                officer,
                "filter="
                        + q("S_INTERSECTS(geometry, BBOX(" + (lon - 1e-5) + "," + (lat - 1e-5) + "," + (lon + 1e-5)
                                + "," + (lat + 1e-5) + "))"));
        assertTrue(here.get("features").toString().contains(first.get("id").asText()));
        long valid = units(officer, "filter=" + q("T_INTERSECTS(validity, INTERVAL('..', '..'))"))
                .get("numberMatched")
                .asLong();
        assertEquals(
                valid,
                units(officer, "datetime=../..").get("numberMatched").asLong(),
                "T_INTERSECTS and datetime agree");
        assertEquals(
                0,
                units(officer, "filter=" + q("T_INTERSECTS(validity, DATE('1990-01-01'))"))
                        .get("numberMatched")
                        .asLong());
        JsonNode paged = units(officer, "filter=" + q("floor >= 1") + "&limit=2&offset=2");
        assertEquals(2, paged.get("numberReturned").asInt());
        assertTrue(paged.get("links").toString().contains("filter="), "the next page keeps the filter");
    }

    @Test
    void req_filter_response_badFiltersAre400NamingWhere() {
        String[][] bad = {
            {"filter=" + q("floor >= 'three'"), "invalid-filter", "position 10"},
            {"filter=" + q("colour = 'red'"), "invalid-filter", "position 1"},
            {"filter-lang=cql2-json&filter=" + q("{\"op\":\"=\",\"args\":[1]}"), "invalid-filter", "/args"},
            {"filter-lang=ecql&filter=" + q("floor = 1"), "invalid-filter-lang", "ecql"},
            {"filter-crs=EPSG:3857&filter=" + q("floor = 1"), "invalid-filter-crs", "3857"},
            {"filter-lang=cql2-text", "invalid-filter", "without filter"}
        };
        for (String[] b : bad) {
            HttpResponse<String> r = officer.get("/ogc/collections/units/items?" + b[0]);
            assertEquals(400, r.statusCode(), b[0]);
            JsonNode error = Http.json(r);
            assertEquals(b[1], error.get("code").asText(), b[0]);
            assertTrue(error.get("message").asText().contains(b[2]), error.toString());
        }
    }

    @Test
    void anAnonymousCallerFiltersByPlaceTimeAndCodeButNotByAttributesItDoesNotSee() {
        JsonNode schema = Http.json(anonymous.get("/ogc/collections/units/queryables"));
        assertFalse(schema.get("properties").has("room"), "attributes are not the public's queryables");
        assertTrue(schema.get("properties").has("geometry"));
        HttpResponse<String> probe = anonymous.get("/ogc/collections/units/items?filter=" + q("room = '101'"));
        assertEquals(403, probe.statusCode(), probe.body());
        assertEquals("filter-not-allowed", Http.json(probe).get("code").asText());
        assertEquals(
                200,
                anonymous
                        .get("/ogc/collections/units/items?filter="
                                + q("unitCode LIKE '330106%' AND T_INTERSECTS(validity, DATE('2099-01-01'))"))
                        .statusCode());
    }
}
