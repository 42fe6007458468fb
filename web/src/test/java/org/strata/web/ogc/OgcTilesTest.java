package org.strata.web.ogc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.GeometryFactory;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * OGC API – Tiles (OGC 20-057) for the demo collections as a map client meets them, without signing in: the tile
 * matrix sets, each collection's vector tilesets, Mapbox Vector Tiles holding unit codes and nothing personal, the
 * same features as the items in the tile, cacheable (ETag, 304), empty tiles 204; and GDAL's MVT driver reads one.
 */
class OgcTilesTest {
    private static final String TILE = "/ogc/collections/parcels/tiles/WebMercatorQuad/16/26984/54636";

    @TempDir
    static Path folder;

    private static StrataServer server;
    private static Http anonymous;

    @BeforeAll
    static void start() {
        server = DemoServer.start(DemoServer.embedded(folder, true));
        anonymous = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void req_tiles_tilesets_list_and_tms_definitions() {
        JsonNode sets = Http.json(anonymous.get("/ogc/tileMatrixSets"));
        assertEquals(2, sets.get("tileMatrixSets").size());
        JsonNode wm = Http.json(anonymous.get("/ogc/tileMatrixSets/WebMercatorQuad"));
        assertEquals("http://www.opengis.net/def/crs/EPSG/0/3857", wm.get("crs").asText());
        assertEquals(1, wm.at("/tileMatrices/0/matrixWidth").asInt());
        JsonNode cg = Http.json(anonymous.get("/ogc/tileMatrixSets/CGCS2000Quad"));
        assertEquals(2, cg.at("/tileMatrices/0/matrixWidth").asInt());
        JsonNode tilesets = Http.json(anonymous.get("/ogc/collections/units/tiles"));
        assertEquals(2, tilesets.get("tilesets").size());
        assertEquals("vector", tilesets.at("/tilesets/0/dataType").asText());
        assertTrue(tilesets.toString().contains("{tileMatrix}/{tileRow}/{tileCol}"));
        assertTrue(Http.json(anonymous.get("/ogc/conformance")).toString().contains("ogcapi-tiles-1/1.0/conf/mvt"));
    }

    @Test
    void req_html_everyTilesResourceHasAPageForBrowsers() {
        for (String path : java.util.List.of(
                "/ogc/tileMatrixSets",
                "/ogc/tileMatrixSets/WebMercatorQuad",
                "/ogc/collections/parcels/tiles",
                "/ogc/collections/parcels/tiles/CGCS2000Quad")) {
            HttpResponse<String> page = anonymous.get(path + "?f=html");
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            assertTrue(page.body().contains("<html") && page.body().contains("<title>"), path);
            HttpResponse<String> browser = anonymous.get(path, "Accept", "text/html,application/xhtml+xml");
            assertTrue(browser.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            HttpResponse<String> json = anonymous.get(path);
            assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        }
        assertEquals(400, anonymous.get("/ogc/tileMatrixSets?f=xml").statusCode());
    }

    @Test
    void req_tiles_mvt_aTileHoldsTheItemsOfItsAreaWithTheirUnitCodesOnly() throws Exception {
        HttpResponse<byte[]> tile = anonymous.getBytes(TILE);
        assertEquals(200, tile.statusCode());
        assertEquals(
                OgcTilesResource.MVT, tile.headers().firstValue("Content-Type").orElse(""));
        JtsMvt mvt = MvtReader.loadMvt(
                new ByteArrayInputStream(tile.body()), new GeometryFactory(), new TagKeyValueMapConverter());
        Set<String> codes = new HashSet<>();
        mvt.getLayer("parcels").getGeometries().forEach(g -> {
            Map<?, ?> properties = (Map<?, ?>) g.getUserData();
            assertEquals(Set.of("unitCode"), properties.keySet(), "nothing but the unit code");
            codes.add(String.valueOf(properties.get("unitCode")));
        });
        // the same tile's area as a CRS84 bbox through the items
        String bbox = "120.12451171875,30.25432233644343,120.1300048828125,30.259067203213018";
        Set<String> items = new HashSet<>();
        Http.json(anonymous.get("/ogc/collections/parcels/items?limit=500&bbox=" + bbox))
                .get("features")
                .forEach(f -> items.add(f.get("id").asText()));
        assertFalse(codes.isEmpty());
        assertEquals(items, codes, "the tile holds the features the items find in its area");
    }

    @Test
    void req_tiles_core_tilesAreCacheableAndEmptyTilesAre204() {
        HttpResponse<byte[]> first = anonymous.getBytes(TILE);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        HttpResponse<String> again = anonymous.get(TILE, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(
                204,
                anonymous
                        .getBytes("/ogc/collections/parcels/tiles/WebMercatorQuad/10/0/0")
                        .statusCode());
        assertEquals(
                404,
                anonymous
                        .get("/ogc/collections/parcels/tiles/WebMercatorQuad/1/2/0")
                        .statusCode());
        assertEquals(
                404,
                anonymous
                        .get("/ogc/collections/parcels/tiles/GoogleCRS84Quad/1/0/0")
                        .statusCode());
    }

    @Test
    void gdalReadsAVectorTile() throws Exception {
        Path ogrinfo = OgrinfoTest.ogrinfo();
        Path file = folder.resolve("tile.pbf");
        Files.write(file, anonymous.getBytes(TILE).body());
        Process p = new ProcessBuilder(ogrinfo.toString(), "-ro", "-so", "-al", "MVT:" + file)
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("Layer name: parcels"), output);
        assertTrue(output.contains("unitCode"), output);
    }

    @Test
    void req_tiles_mvt_aTileOfAWholeDistrictIsAnOverviewCountingTheFeatures() throws Exception {
        // the tile of level 13 holding TILE (a level-16 tile): some 4 km wide, the whole demo district
        HttpResponse<byte[]> tile = anonymous.getBytes("/ogc/collections/parcels/tiles/WebMercatorQuad/13/3373/6829");
        assertEquals(200, tile.statusCode());
        JtsMvt mvt = MvtReader.loadMvt(
                new ByteArrayInputStream(tile.body()), new GeometryFactory(), new TagKeyValueMapConverter());
        int counted = 0;
        for (org.locationtech.jts.geom.Geometry g : mvt.getLayer("parcels").getGeometries()) {
            Map<?, ?> properties = (Map<?, ?>) g.getUserData();
            assertEquals(Set.of("features"), properties.keySet(), "a count and nothing else");
            int side = OgcTilesResource.OVERVIEW_CELLS;
            assertEquals(4096.0 / side, g.getEnvelopeInternal().getWidth(), "a cell of the grid");
            counted += ((Number) properties.get("features")).intValue();
        }
        org.strata.geo.model.LonLatBox b = org.strata.geo.tiles.TileMatrixSet.byId("WebMercatorQuad")
                .orElseThrow()
                .lonLatBounds(13, 3373, 6829);
        String bbox = b.minLongitude() + "," + b.minLatitude() + "," + b.maxLongitude() + "," + b.maxLatitude();
        int matched = Http.json(anonymous.get("/ogc/collections/parcels/items?limit=1&bbox=" + bbox))
                .get("numberMatched")
                .asInt();
        assertTrue(matched > 0);
        assertTrue(
                counted >= matched,
                "every parcel of the district is counted in the cells its box covers: " + counted + " < " + matched);
        JsonNode tileset = Http.json(anonymous.get("/ogc/collections/parcels/tiles/WebMercatorQuad"));
        assertTrue(tileset.at("/layers/0/description").asText().contains("overviews"), tileset.toString());
    }
}
