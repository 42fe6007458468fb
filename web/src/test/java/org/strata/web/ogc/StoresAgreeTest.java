package org.strata.web.ogc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strata.data.postgis.PostgisTestDatabase;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/** The service answers the same OGC requests identically on the embedded store and on a real PostGIS. */
class StoresAgreeTest {
    @TempDir
    static Path folder;

    private static StrataServer embedded;
    private static StrataServer postgis;
    private static String url;
    private static String schema;

    @BeforeAll
    static void start() {
        url = PostgisTestDatabase.url();
        schema = PostgisTestDatabase.freshSchema();
        embedded = DemoServer.start(DemoServer.embedded(folder, true));
        postgis = DemoServer.start(DemoServer.postgis(url, schema));
    }

    @AfterAll
    static void stop() {
        if (embedded != null) {
            embedded.close();
        }
        if (postgis != null) {
            postgis.close();
            PostgisTestDatabase.drop(url, schema);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/ogc/collections/parcels/items?limit=10000",
                "/ogc/collections/buildings/items?limit=10000",
                "/ogc/collections/units/items?limit=10000",
                "/ogc/collections/units/items?limit=50&offset=100&bbox=120.128,30.258,120.131,30.261",
                "/ogc/collections/units/items?limit=10000&bbox=120.12,30.25,-30,120.14,30.27,0",
                "/ogc/collections/parcels/items?bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4549"
                        + "&bbox=3348700,512200,3349100,512600&crs=http://www.opengis.net/def/crs/EPSG/0/4549",
                "/ogc/collections",
                "/ogc/collections/parcels/items/330106003005GX00002W00000000",
                "/ogc/collections/units/items/330106003005GB99999F00010001"
            })
    void bothStoresGiveTheSameAnswer(String request) {
        var a = new Http(embedded.uri()).get(request);
        var b = new Http(postgis.uri()).get(request);
        assertEquals(a.statusCode(), b.statusCode());
        JsonNode left = withoutVolatileParts(Http.json(a));
        JsonNode right = withoutVolatileParts(Http.json(b));
        assertEquals(left, right);
        if (left.has("features")) {
            assertTrue(left.get("features").size() > 0, "the request must match something");
        }
    }

    private static JsonNode withoutVolatileParts(JsonNode doc) {
        if (doc instanceof ObjectNode object) {
            object.remove(List.of("timeStamp", "links"));
            if (object.get("collections") != null) {
                object.get("collections").forEach(c -> ((ObjectNode) c).remove("links"));
            }
        }
        return doc;
    }
}
