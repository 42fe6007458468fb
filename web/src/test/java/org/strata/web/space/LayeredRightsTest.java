package org.strata.web.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.geo.model.GridBox;
import org.strata.registry.cadastre.Parcel;
import org.strata.registry.unit.UnitCode;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * Layered rights over HTTP, below the demo area's street: an underground right is granted under the metro
 * concourse, an overlapping one is refused naming every conflict with its overlap volume, and one that
 * touches from below is granted.
 */
class LayeredRightsTest {
    @TempDir
    static Path folder;

    private static StrataServer server;
    private static Http http;
    private static String bearer;
    private static GridBox concourse;

    @BeforeAll
    static void start() {
        server = DemoServer.start(DemoServer.embedded(folder, true));
        http = new Http(server.uri());
        bearer = "Bearer "
                + Http.json(http.postJson("/auth/token", "{\"username\":\"officer\",\"password\":\"demo\"}"))
                        .get("access_token")
                        .asText();
        Parcel demoConcourse = server.store()
                .parcel(UnitCode.parse("330106003005GX00002W00000000"))
                .orElseThrow();
        concourse = demoConcourse.footprint().box();
        assertEquals(-17.0, demoConcourse.heights().bottomOrNull());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A new X parcel under the concourse: plan offsets from its south-west corner, heights as given. */
    private static HttpResponse<String> registerUnderground(
            int sequence, double west, double east, double bottom, double top, boolean jsonFg) {
        double e0 = concourse.minEasting() + west;
        double e1 = concourse.minEasting() + east;
        double n0 = concourse.minNorthing() + 2;
        double n1 = concourse.maxNorthing() - 2;
        double area = (e1 - e0) * (n1 - n0);
        String geometry;
        if (jsonFg) {
            geometry = String.format(
                    Locale.ROOT,
                    "\"volume\":{\"type\":\"Prism\",\"base\":{\"type\":\"Polygon\","
                            + "\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]},\"lower\":%f,\"upper\":%f}",
                    n0,
                    e0,
                    n0,
                    e1,
                    n1,
                    e1,
                    n1,
                    e0,
                    n0,
                    e0,
                    bottom,
                    top);
        } else {
            geometry = String.format(
                    Locale.ROOT,
                    "\"footprint\":{\"type\":\"Polygon\",\"coordinates\":"
                            + "[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]},\"bottom\":%f,\"top\":%f",
                    e0,
                    n0,
                    e1,
                    n0,
                    e1,
                    n1,
                    e0,
                    n1,
                    e0,
                    n0,
                    bottom,
                    top);
        }
        String code = String.format("330106003005GX%05dW00000000", sequence);
        String body = "{\"type\":\"first\",\"unitCode\":\"" + code + "\",\"parties\":[{\"role\":\"holder\",\"name\":"
                + "\"杭州市地铁集团有限责任公司\",\"idType\":\"uscc\",\"idNumber\":\"91350100M000100Y43\"}],"
                + "\"unit\":{\"kind\":\"parcel\",\"use\":\"1005\",\"location\":\"地下空间" + sequence + "\","
                + String.format(Locale.ROOT, "\"statedArea\":%.2f,", area) + geometry + "}}";
        HttpResponse<String> submitted = http.postJson("/api/v1/cases", body, "Authorization", bearer);
        assertEquals(201, submitted.statusCode(), submitted.body());
        String id = Http.json(submitted).get("id").asText();
        return http.postJson("/api/v1/cases/" + id + "/record", "{\"approve\":true}", "Authorization", bearer);
    }

    @Test
    void overlapsAreRefusedWithTheirVolumesAndTouchingLayersGranted() {
        double depth = concourse.maxNorthing() - concourse.minNorthing() - 4;

        HttpResponse<String> granted = registerUnderground(901, 10, 60, -37, -17, true);
        assertEquals(200, granted.statusCode(), granted.body());

        HttpResponse<String> refused = registerUnderground(902, 35, 85, -30, -10, false);
        assertEquals(409, refused.statusCode(), refused.body());
        Map<String, Double> volumes = new HashMap<>();
        for (JsonNode blocker : Http.json(refused).get("blockers")) {
            assertEquals("volume-overlap", blocker.get("code").asText());
            volumes.put(
                    blocker.get("unitCode").asText(),
                    blocker.get("overlapVolume").asDouble());
        }
        assertEquals(2, volumes.size(), refused.body());
        assertEquals(25 * depth * 13, volumes.get("330106003005GX00901W00000000"), 0.01, "shared with the new right");
        assertEquals(50 * depth * 7, volumes.get("330106003005GX00002W00000000"), 0.01, "shared with the concourse");

        HttpResponse<String> below = registerUnderground(903, 10, 60, -57, -37, false);
        assertEquals(200, below.statusCode(), "touching from below is no overlap: " + below.body());
    }

    /** A JSON-FG Polyhedron: a box under the concourse whose roof slopes from {@code low} to {@code high} eastwards. */
    private static String slopedVolume(double west, double east, double bottom, double low, double high) {
        return slopedVolume(west, east, bottom, low, high, 0);
    }

    /** As above, leaving out the first {@code missingFaces} faces (an open shell when more than 0). */
    private static String slopedVolume(
            double west, double east, double bottom, double low, double high, int missingFaces) {
        double e0 = concourse.minEasting() + west;
        double e1 = concourse.minEasting() + east;
        double n0 = concourse.minNorthing() + 2;
        double n1 = concourse.maxNorthing() - 2;
        double[][] c = {
            {e0, n0, bottom}, {e1, n0, bottom}, {e1, n1, bottom}, {e0, n1, bottom},
            {e0, n0, low}, {e1, n0, high}, {e1, n1, high}, {e0, n1, low}
        };
        int[][] faces = {{0, 3, 2, 1}, {4, 5, 6, 7}, {0, 1, 5, 4}, {1, 2, 6, 5}, {2, 3, 7, 6}, {3, 0, 4, 7}};
        StringBuilder json = new StringBuilder("{\"type\":\"Polyhedron\",\"coordinates\":[[");
        for (int f = missingFaces; f < faces.length; f++) {
            json.append(f == missingFaces ? "" : ",").append("[[");
            int[] ring = {faces[f][0], faces[f][1], faces[f][2], faces[f][3], faces[f][0]};
            for (int i = 0; i < ring.length; i++) {
                double[] p = c[ring[i]];
                json.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%f,%f,%f]", p[1], p[0], p[2]));
            }
            json.append("]]");
        }
        return json.append("]]}").toString();
    }

    private static HttpResponse<String> registerSloped(int sequence, String volume, double area) {
        String code = String.format("330106003005GX%05dW00000000", sequence);
        String body = "{\"type\":\"first\",\"unitCode\":\"" + code + "\",\"parties\":[{\"role\":\"holder\",\"name\":"
                + "\"杭州市地铁集团有限责任公司\",\"idType\":\"uscc\",\"idNumber\":\"91350100M000100Y43\"}],"
                + "\"unit\":{\"kind\":\"parcel\",\"use\":\"1005\",\"location\":\"坡道" + sequence + "\","
                + String.format(Locale.ROOT, "\"statedArea\":%.2f,", area) + "\"volume\":" + volume + "}}";
        HttpResponse<String> submitted = http.postJson("/api/v1/cases", body, "Authorization", bearer);
        if (submitted.statusCode() != 201) {
            return submitted;
        }
        String id = Http.json(submitted).get("id").asText();
        return http.postJson("/api/v1/cases/" + id + "/record", "{\"approve\":true}", "Authorization", bearer);
    }

    @Test
    void polyhedralRampsAreCheckedExactly() {
        double depth = concourse.maxNorthing() - concourse.minNorthing() - 4;
        HttpResponse<String> touching = registerSloped(911, slopedVolume(110, 130, -30, -20, -17), 20 * depth);
        assertEquals(
                200, touching.statusCode(), "a ramp whose roof meets the concourse along a line: " + touching.body());

        HttpResponse<String> overlapping = registerSloped(912, slopedVolume(140, 160, -30, -20, -15), 20 * depth);
        assertEquals(409, overlapping.statusCode(), overlapping.body());
        JsonNode blocker = Http.json(overlapping).get("blockers").get(0);
        assertEquals("330106003005GX00002W00000000", blocker.get("unitCode").asText());
        assertEquals(8 * depth, blocker.get("overlapVolume").asDouble(), 0.01, "the wedge above -17 m");

        JsonNode place = Http.json(http.get(
                        "/ogc/collections/rights/items/330106003005GX00911W00000000?f=jsonfg", "Authorization", bearer))
                .get("place");
        assertEquals("MultiPolyhedron", place.get("type").asText());

        HttpResponse<String> notClosed = registerSloped(913, slopedVolume(170, 190, -30, -20, -18, 1), 20 * depth);
        assertEquals(422, notClosed.statusCode(), notClosed.body());
        assertEquals("invalid-geometry", Http.json(notClosed).get("code").asText());
    }

    @Test
    void theCodeLetterMustAgreeWithWhereTheVolumeLies() {
        HttpResponse<String> aboveGround = registerUnderground(904, 100, 120, -2, 12, false);
        assertEquals(409, aboveGround.statusCode(), aboveGround.body());
        JsonNode blockers = Http.json(aboveGround).get("blockers");
        assertTrue(blockers.toString().contains("layer-mismatch"), blockers.toString());
    }
}
