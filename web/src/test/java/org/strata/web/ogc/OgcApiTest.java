package org.strata.web.ogc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.strata.registry.port.FeatureKind;
import org.strata.registry.unit.UnitCode;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/** The OGC API as a client meets it, against the running service with the demo area on the embedded store. */
class OgcApiTest {
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
    void landingPageLinksToConformanceCollectionsAndTheApiDefinition() {
        JsonNode landing = Http.json(http.get("/ogc"));
        Set<String> rels = new HashSet<>();
        landing.get("links").forEach(l -> rels.add(l.get("rel").asText()));
        assertTrue(rels.containsAll(List.of("self", "conformance", "data", "service-desc")), rels.toString());
        JsonNode conformance = Http.json(http.get("/ogc/conformance"));
        assertTrue(conformance.get("conformsTo").toString().contains("ogcapi-features-1/1.0/conf/geojson"));
        HttpResponse<String> api = http.get("/ogc/api");
        assertEquals(200, api.statusCode());
        assertTrue(
                Http.json(api).get("paths").has("/collections/{collectionId}/items"), "relative to the landing page");
        assertTrue(Http.json(api).at("/servers/0/url").asText().endsWith("/ogc"));
    }

    @Test
    void collectionsAreParcelsBuildingsAndUnitsWithExtentsInCrs84() {
        JsonNode collections = Http.json(http.get("/ogc/collections")).get("collections");
        List<String> ids = new ArrayList<>();
        collections.forEach(c -> ids.add(c.get("id").asText()));
        assertEquals(List.of("parcels", "buildings", "units", "rights"), ids);
        JsonNode bbox =
                collections.get(0).get("extent").get("spatial").get("bbox").get(0);
        assertEquals(120.13, (bbox.get(0).asDouble() + bbox.get(2).asDouble()) / 2, 0.001);
        assertEquals(30.26, (bbox.get(1).asDouble() + bbox.get(3).asDouble()) / 2, 0.001);
        assertEquals(
                "http://www.opengis.net/def/crs/EPSG/0/4549",
                collections.get(0).get("storageCrs").asText());
    }

    @Test
    void bboxQueryReturnsParcelsWithValidCodesThatIntersectTheBox() {
        double[] box = {120.128, 30.258, 120.131, 30.261};
        HttpResponse<String> response = http.get(
                "/ogc/collections/parcels/items?limit=100&bbox=" + box[0] + "," + box[1] + "," + box[2] + "," + box[3]);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
        assertEquals(
                "<http://www.opengis.net/def/crs/OGC/1.3/CRS84>",
                response.headers().firstValue("Content-Crs").orElseThrow());
        JsonNode page = Http.json(response);
        assertTrue(page.get("numberReturned").asInt() > 0);
        assertEquals(
                page.get("numberMatched").asInt(), page.get("numberReturned").asInt());
        Envelope query = new Envelope(box[0], box[2], box[1], box[3]);
        for (JsonNode feature : page.get("features")) {
            UnitCode code =
                    UnitCode.parse(feature.get("properties").get("unitCode").asText());
            assertEquals(code.toString(), feature.get("id").asText());
            assertTrue(polygon(feature.get("geometry")).getEnvelopeInternal().intersects(query));
        }
        long outside = server.store().count(FeatureKind.PARCEL)
                - page.get("numberMatched").asLong();
        assertTrue(outside > 0, "the box must leave some parcels out");
    }

    @Test
    void followingNextLinksVisitsEveryUnitOnce() {
        Set<String> seen = new HashSet<>();
        String next = "/ogc/collections/buildings/items?limit=7";
        int pages = 0;
        long matched = -1;
        while (next != null) {
            JsonNode page = Http.json(http.get(next));
            matched = page.get("numberMatched").asLong();
            page.get("features").forEach(f -> assertTrue(seen.add(f.get("id").asText())));
            next = Http.nextLink(page);
            pages++;
        }
        assertEquals(server.store().count(FeatureKind.BUILDING), matched);
        assertEquals(matched, seen.size());
        assertEquals((matched + 6) / 7, pages);
    }

    @Test
    void epsg4549OutputIsNorthingEastingInMetresAndBboxCrsReadsTheSameOrder() {
        String crs = "http://www.opengis.net/def/crs/EPSG/0/4549";
        JsonNode lonLat = Http.json(http.get("/ogc/collections/parcels/items?limit=1"));
        String id = lonLat.get("features").get(0).get("id").asText();
        HttpResponse<String> response = http.get("/ogc/collections/parcels/items/" + id + "?crs=" + crs);
        assertEquals(
                "<" + crs + ">", response.headers().firstValue("Content-Crs").orElseThrow());
        JsonNode first =
                Http.json(response).get("geometry").get("coordinates").get(0).get(0);
        double northing = first.get(0).asDouble();
        double easting = first.get(1).asDouble();
        assertTrue(northing > 3_300_000 && northing < 3_400_000, "northing " + northing);
        assertTrue(easting > 500_000 && easting < 530_000, "easting " + easting);
        String bbox = (northing - 1) + "," + (easting - 1) + "," + (northing + 1) + "," + (easting + 1);
        JsonNode around = Http.json(http.get("/ogc/collections/parcels/items?bbox-crs=" + crs + "&bbox=" + bbox));
        Set<String> ids = new HashSet<>();
        around.get("features").forEach(f -> ids.add(f.get("id").asText()));
        assertTrue(ids.contains(id), ids.toString());
    }

    @Test
    void sixNumberBboxSelectsByHeightInThe1985Datum() {
        JsonNode all = Http.json(http.get("/ogc/collections/units/items?limit=1&bbox=120.12,30.25,120.14,30.27"));
        JsonNode below =
                Http.json(http.get("/ogc/collections/units/items?limit=10000&bbox=120.12,30.25,-30,120.14,30.27,0"));
        assertTrue(below.get("numberMatched").asLong() > 0);
        assertTrue(
                below.get("numberMatched").asLong() < all.get("numberMatched").asLong());
        for (JsonNode unit : below.get("features")) {
            assertTrue(unit.get("properties").get("bottom").asDouble() < 0);
            assertEquals("underground", unit.get("properties").get("layer").asText());
        }
    }

    @Test
    void singleItemsAreFoundByUnitCodeInTheirOwnCollectionOnly() {
        JsonNode unit = Http.json(http.get("/ogc/collections/units/items?limit=1"))
                .get("features")
                .get(0);
        String id = unit.get("id").asText();
        JsonNode again = Http.json(http.get("/ogc/collections/units/items/" + id));
        assertEquals(unit.get("properties"), again.get("properties"));
        assertEquals(404, http.get("/ogc/collections/parcels/items/" + id).statusCode());
    }

    @Test
    void browsersGetHtml() {
        HttpResponse<String> page = http.get("/ogc/collections/parcels/items?limit=3", "Accept", "text/html,*/*;q=0.8");
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<table>"));
        assertFalse(page.body().contains("\"type\""));
        assertTrue(http.get("/ogc?f=html").body().contains("Strata"));
    }

    @Test
    void aPublicMapRequestIsCappedAndPaged() {
        JsonNode page = Http.json(http.get("/ogc/collections/units/items?limit=10000"));
        assertEquals(500, page.get("numberReturned").asInt());
        assertTrue(page.get("numberMatched").asInt() > 500);
        assertTrue(page.get("links").toString().contains("\"next\""));
    }

    @Test
    void withoutATokenTheMapIsGeometryAndIdsOnly() {
        JsonNode page = Http.json(new Http(server.uri()).get("/ogc/collections/units/items?limit=3"));
        for (JsonNode feature : page.get("features")) {
            UnitCode.parse(feature.get("id").asText());
            assertEquals(0, feature.get("properties").size(), feature.toString());
            assertEquals("Polygon", feature.get("geometry").get("type").asText());
        }
    }

    static Polygon polygon(JsonNode geometry) {
        JsonNode ring = geometry.get("coordinates").get(0);
        Coordinate[] coordinates = new Coordinate[ring.size()];
        for (int i = 0; i < ring.size(); i++) {
            coordinates[i] = new Coordinate(
                    ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
        }
        return new GeometryFactory().createPolygon(coordinates);
    }
}
