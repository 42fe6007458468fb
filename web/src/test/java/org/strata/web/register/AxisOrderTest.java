package org.strata.web.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.web.register.Cases.ALICE;
import static org.strata.web.register.Cases.party;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * One axis order per body: a new unit's geometry is {@code unit.volume}, JSON-FG in EPSG:4549's own order
 * [northing, easting]; the older {@code unit.footprint} ([easting, northing]) still works and answers with a
 * {@code Deprecation} header (RFC 9745); a body with both is refused. Both forms put the parcel in the same place.
 */
class AxisOrderTest {
    private static final String BOTTOM_TOP = "\"bottom\":-5,\"top\":30";

    @TempDir
    Path folder;

    private static String parcel(String code, String geometry) {
        return "{\"type\":\"first\",\"unitCode\":\"" + code + "\",\"parties\":[" + party(ALICE, "holder", "1")
                + "],\"details\":{},\"unit\":{\"kind\":\"parcel\",\"use\":\"0701\",\"statedArea\":500,"
                + "\"location\":\"杭州市西湖区文苑路901号\"," + geometry + "}}";
    }

    private static final String EAST_NORTH = "\"footprint\":{\"type\":\"Polygon\",\"coordinates\":[[[511000,3347000],"
            + "[511050,3347000],[511050,3347010],[511000,3347010],[511000,3347000]]]}," + BOTTOM_TOP;
    private static final String NORTH_EAST = "\"volume\":{\"type\":\"Prism\",\"base\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[3347000,511000],[3347000,511050],[3347010,511050],[3347010,511000],"
            + "[3347000,511000]]]},\"lower\":-5,\"upper\":30}";

    @Test
    void oneOrderPerBodyAndTheOldFormIsDeprecated() {
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Officer officer = new Officer(new Http(server.uri()));
            HttpResponse<String> old = officer.submit(parcel("330106003005GB00901W00000000", EAST_NORTH));
            assertEquals(201, old.statusCode(), old.body());
            Optional<String> deprecation = old.headers().firstValue("Deprecation");
            assertTrue(
                    deprecation.isPresent() && deprecation.get().matches("@\\d+"),
                    old.headers().toString());
            assertTrue(old.headers().firstValue("Link").orElse("").contains("rel=\"deprecation\""));
            String first = Http.json(old).get("id").asText();
            HttpResponse<String> recorded = officer.post("/api/v1/cases/" + first + "/record", "{\"approve\": true}");
            assertEquals(200, recorded.statusCode(), recorded.body());

            HttpResponse<String> current = officer.submit(parcel("330106003005GB00902W00000000", NORTH_EAST));
            assertEquals(201, current.statusCode(), current.body());
            assertTrue(current.headers().firstValue("Deprecation").isEmpty(), "the documented form is current");
            JsonNode unit = Http.json(officer.get(
                            "/api/v1/cases/" + Http.json(current).get("id").asText()))
                    .get("unit");
            assertEquals(500.0, unit.get("planAreaSquareMetres").asDouble(), 1e-6);
            // read in the CRS's order, the prism lands exactly on the parcel registered in the old form
            HttpResponse<String> overlapping = officer.post(
                    "/api/v1/cases/" + Http.json(current).get("id").asText() + "/record", "{\"approve\": true}");
            assertEquals(409, overlapping.statusCode(), overlapping.body());
            Set<String> codes = new HashSet<>();
            Http.json(overlapping)
                    .get("blockers")
                    .forEach(b -> codes.add(b.get("code").asText()));
            assertTrue(codes.stream().anyMatch(c -> c.contains("overlap")), overlapping.body());

            HttpResponse<String> both = officer.submit(parcel(
                    "330106003005GB00903W00000000",
                    NORTH_EAST + "," + EAST_NORTH.replace(BOTTOM_TOP, "").replaceAll(",$", "")));
            assertEquals(400, both.statusCode(), both.body());
            assertEquals("conflicting-geometry", Http.json(both).get("code").asText());
        }
    }
}
