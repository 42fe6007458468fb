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

    @Test
    void theCodeLetterMustAgreeWithWhereTheVolumeLies() {
        HttpResponse<String> aboveGround = registerUnderground(904, 100, 120, -2, 12, false);
        assertEquals(409, aboveGround.statusCode(), aboveGround.body());
        JsonNode blockers = Http.json(aboveGround).get("blockers");
        assertTrue(blockers.toString().contains("layer-mismatch"), blockers.toString());
    }
}
