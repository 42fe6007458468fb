package org.strata.web.tiles3d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.web.Http.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * 3D Tiles 1.1 (OGC 22-025r4) as a client meets them without signing in: the tileset's tree (asset version, regions
 * in radians, geometric errors shrinking to 0, additive refinement), every tile's content a valid binary glTF whose
 * EXT_structural_metadata table lists each registered volume exactly once with its validity as the register has it
 * and nothing personal, cacheable with ETags, and malformed tile addresses refused with codes.
 */
class VolumeTilesTest {
    @TempDir
    static Path folder;

    private static StrataServer server;
    private static Http anonymous;
    private static Http officer;
    private static final List<JsonNode> tiles = new ArrayList<>();
    private static final Map<String, byte[]> contents = new HashMap<>();

    @BeforeAll
    static void start() {
        server = DemoServer.start(DemoServer.embedded(folder, true));
        anonymous = new Http(server.uri());
        officer = new Http(server.uri()).as("officer");
        collect(json(anonymous.get("/3dtiles/tileset.json")).get("root"), tiles);
        for (JsonNode tile : tiles) {
            String uri = tile.at("/content/uri").asText();
            HttpResponse<byte[]> r = anonymous.getBytes("/3dtiles/" + uri);
            assertEquals(200, r.statusCode(), uri);
            contents.put(uri, r.body());
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void req_3dtiles_tileset_theTreeIsATilesetOfVersion11() {
        HttpResponse<String> r = anonymous.get("/3dtiles/tileset.json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode tileset = json(r);
        assertEquals("1.1", tileset.at("/asset/version").asText());
        assertEquals("ADD", tileset.at("/root/refine").asText());
        assertEquals(registeredVolumes().size(), tileset.at("/extras/volumes").asInt(), "the volumes it holds");
        assertTrue(tileset.get("geometricError").asDouble()
                >= tileset.at("/root/geometricError").asDouble());
        checkTree(tileset.get("root"));
        assertTrue(tiles.size() > 13, "the tree reaches the 256 m cells: " + tiles.size());
    }

    private static void checkTree(JsonNode tile) {
        JsonNode region = tile.at("/boundingVolume/region");
        assertEquals(6, region.size());
        assertTrue(region.get(0).asDouble() < region.get(2).asDouble()
                && region.get(1).asDouble() < region.get(3).asDouble());
        assertTrue(Math.abs(region.get(0).asDouble()) <= Math.PI
                && Math.abs(region.get(1).asDouble()) <= Math.PI / 2);
        assertEquals(16, tile.get("transform").size(), "a 4x4 frame, column-major");
        assertTrue(tile.at("/content/uri").asText().matches("content/\\d+/\\d+/\\d+\\.glb"));
        for (JsonNode child : tile.path("children")) {
            assertTrue(child.get("geometricError").asDouble()
                    < tile.get("geometricError").asDouble());
            JsonNode inner = child.at("/boundingVolume/region");
            assertTrue(
                    inner.get(0).asDouble() >= region.get(0).asDouble() - 1e-6
                            && inner.get(2).asDouble() <= region.get(2).asDouble() + 1e-6,
                    "a child's region lies in its parent's");
            checkTree(child);
        }
        if (!tile.has("children")) {
            assertEquals(0, tile.get("geometricError").asDouble(), "a leaf has no error");
        }
    }

    @Test
    void req_3dtiles_content_everyVolumeIsInExactlyOneTileWithItsValidity() throws Exception {
        Map<String, Instant> registered = registeredVolumes();
        Map<String, Double> tiled = new HashMap<>();
        for (byte[] content : contents.values()) {
            Glb glb = Glb.read(content);
            if (glb.featureCount() == 0) {
                continue;
            }
            assertEquals(
                    glb.featureCount(),
                    glb.json()
                            .at("/meshes/0/primitives/0/extensions/EXT_mesh_features/featureIds/0/featureCount")
                            .asInt());
            List<String> codes = glb.strings("unitCode");
            double[] from = glb.numbers("validFrom");
            for (int i = 0; i < codes.size(); i++) {
                assertTrue(tiled.put(codes.get(i), from[i]) == null, codes.get(i) + " is in one tile only");
            }
        }
        assertEquals(registered.keySet(), tiled.keySet(), "the tiles hold the register's volumes");
        registered.forEach((code, start) -> {
            if (start != null) {
                assertEquals(start.getEpochSecond(), tiled.get(code), 0.5, code + " valid from its registration");
            }
        });
    }

    @Test
    void req_3dtiles_content_glbIsValidAndCarriesNothingPersonal() throws Exception {
        Set<String> allowed = Set.of("unitCode", "kind", "layer", "lower", "upper", "validFrom", "validTo");
        List<String> names = holderNames();
        assertFalse(names.isEmpty());
        Path dir = Files.createDirectories(folder.resolve("glb"));
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : contents.entrySet()) {
            Glb glb = Glb.read(e.getValue());
            if (glb.featureCount() > 0) {
                Set<String> properties = new HashSet<>();
                glb.json()
                        .at("/extensions/EXT_structural_metadata/propertyTables/0/properties")
                        .fieldNames()
                        .forEachRemaining(properties::add);
                assertEquals(allowed, properties, "public properties only");
            }
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            for (String name : names) {
                assertFalse(text.contains(name), e.getKey() + " names " + name);
            }
            Path file = dir.resolve(e.getKey().replace('/', '-'));
            Files.write(file, e.getValue());
            files.add(file.toString());
        }
        JsonNode report = GltfValidator.validate(files);
        report.properties().forEach(f -> {
            assertEquals(0, f.getValue().get("errors").asInt(), f.getKey() + ": " + f.getValue());
            assertEquals(0, f.getValue().get("warnings").asInt(), f.getKey() + ": " + f.getValue());
        });
    }

    @Test
    void req_3dtiles_caching_tilesCarryETagsAndAnswer304() {
        String uri =
                "/3dtiles/" + tiles.get(tiles.size() - 1).at("/content/uri").asText();
        HttpResponse<byte[]> first = anonymous.getBytes(uri);
        assertEquals(
                VolumeTilesResource.GLB,
                first.headers().firstValue("Content-Type").orElse(""));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        assertEquals(304, anonymous.get(uri, "If-None-Match", etag).statusCode());
        HttpResponse<String> set = anonymous.get("/3dtiles/tileset.json");
        String tilesetTag = set.headers().firstValue("ETag").orElseThrow();
        assertEquals(
                304,
                anonymous
                        .get("/3dtiles/tileset.json", "If-None-Match", tilesetTag)
                        .statusCode());
    }

    @Test
    void req_3dtiles_addresses_malformedTilesAreRefusedWithCodes() {
        assertError(anonymous.get("/3dtiles/content/x/1/2.glb"), 400, "invalid-tile");
        assertError(anonymous.get("/3dtiles/content/13/0/0.glb"), 404, "tile-not-found");
        assertError(anonymous.get("/3dtiles/content/2/4/0.glb"), 404, "tile-not-found");
        assertError(anonymous.get("/3dtiles/content/0/0/0.json"), 404, "tile-not-found");
    }

    private static void assertError(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(code, json(r).get("code").asText(), r.body());
    }

    private static void collect(JsonNode tile, List<JsonNode> into) {
        into.add(tile);
        tile.path("children").forEach(c -> collect(c, into));
    }

    /** Every registered volume's code with the start of its registration (null when never registered), from CZML. */
    private static Map<String, Instant> registeredVolumes() {
        JsonNode e = json(officer.get("/ogc/collections/rights?f=json")).at("/extent/spatial/bbox/0");
        String bbox = e.get(0).asText() + "," + e.get(1).asText() + ","
                + e.get(2).asText() + "," + e.get(3).asText();
        Map<String, Instant> volumes = new HashMap<>();
        for (JsonNode p : json(officer.get("/api/v1/czml?purpose=case&bbox=" + bbox))) {
            if (p.has("polygon")) {
                String availability = p.path("availability").asText("");
                volumes.put(
                        p.get("id").asText(),
                        availability.isEmpty()
                                ? null
                                : Instant.parse(availability.split("/")[0]));
            }
        }
        return volumes;
    }

    /** The names of the holders the register holds, as the holder of the demo's units reads them. */
    private static List<String> holderNames() {
        List<String> names = new ArrayList<>();
        for (JsonNode unit :
                json(new Http(server.uri()).as("owner").get("/api/v1/me/units")).get("units")) {
            unit.path("holders").forEach(h -> names.add(h.get("name").asText()));
        }
        return names;
    }
}
