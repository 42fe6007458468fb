package org.strata.web.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.strata.data.postgis.PostgisTestDatabase;
import org.strata.geo.model.GridBox;
import org.strata.geo.op.ContainmentOp;
import org.strata.registry.cadastre.BuildingUnit;
import org.strata.registry.cadastre.RegisteredVolume;
import org.strata.registry.port.AreaQuery;
import org.strata.registry.unit.UnitCode;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.ServerSettings;
import org.strata.web.boot.StrataServer;

/**
 * Point and column queries over HTTP return exactly the volumes a brute-force check over every registered
 * volume finds, on both stores; under the footbridge the column reads concourse, street, bridge without gaps.
 */
class SpaceQueryTest {
    @TempDir
    Path folder;

    private StrataServer server;
    private Http http;
    private String bearer;
    private List<RegisteredVolume> everything;

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "postgis"})
    void pointAndColumnAnswersAreExact(String storeName) {
        String url = null;
        String schema = null;
        ServerSettings settings = DemoServer.embedded(folder, true);
        if (storeName.equals("postgis")) {
            url = PostgisTestDatabase.url();
            schema = PostgisTestDatabase.freshSchema();
            settings = DemoServer.postgis(url, schema);
        }
        try (StrataServer s = DemoServer.start(settings)) {
            server = s;
            http = new Http(s.uri());
            bearer = "Bearer "
                    + Http.json(http.postJson("/auth/token", "{\"username\":\"citizen\",\"password\":\"demo\"}"))
                            .get("access_token")
                            .asText();
            everything = s.store().volumes(AreaQuery.all(AreaQuery.MAX_LIMIT)).items();
            checkAUnitAndItsParcel();
            checkTheColumnUnderTheBridge();
            assertEquals(401, http.get("/api/v1/space/point?x=1&y=2&z=3").statusCode());
            assertEquals(
                    400,
                    http.get("/api/v1/space/point?x=1&y=abc&z=3", "Authorization", bearer)
                            .statusCode());
        } finally {
            if (schema != null) {
                PostgisTestDatabase.drop(url, schema);
            }
        }
    }

    private void checkAUnitAndItsParcel() {
        BuildingUnit unit = server.store().units(AreaQuery.all(50)).items().get(37);
        Coordinate c = unit.footprint().polygon().getInteriorPoint().getCoordinate();
        double z = (unit.heights().bottomOrNull() + unit.heights().topOrNull()) / 2;
        List<String> answer = codes(
                get(String.format(Locale.ROOT, "/api/v1/space/point?x=%f&y=%f&z=%f&purpose=purchase", c.x, c.y, z))
                        .get("volumes"));
        assertEquals(
                List.of(
                        UnitCode.landOf(unit.unitCode().parcel()).toString(),
                        unit.unitCode().toString()),
                answer);
        assertEquals(bruteForcePoint(c.x, c.y, z), answer);
        double floorPlane = unit.heights().bottomOrNull();
        List<String> onFloor = codes(get(String.format(
                        Locale.ROOT, "/api/v1/space/point?x=%f&y=%f&z=%f&purpose=purchase", c.x, c.y, floorPlane))
                .get("volumes"));
        assertEquals(bruteForcePoint(c.x, c.y, floorPlane), onFloor, "a floor plane belongs to the stratum above");
    }

    private void checkTheColumnUnderTheBridge() {
        GridBox bridge = server.store()
                .parcel(UnitCode.parse("330106003005GS00003W00000000"))
                .orElseThrow()
                .footprint()
                .box();
        GridBox concourse = server.store()
                .parcel(UnitCode.parse("330106003005GX00002W00000000"))
                .orElseThrow()
                .footprint()
                .box();
        double x = Math.max(bridge.minEasting(), concourse.minEasting()) + 0.5;
        double y = (concourse.minNorthing() + concourse.maxNorthing()) / 2 + 0.25;
        JsonNode column = get(String.format(Locale.ROOT, "/api/v1/space/column?x=%f&y=%f&purpose=purchase", x, y));
        List<String> answer = codes(column.get("volumes"));
        assertEquals(bruteForceColumn(x, y), answer);
        List<String> parcels = new ArrayList<>();
        List<Double> lowers = new ArrayList<>();
        for (JsonNode v : column.get("volumes")) {
            if (v.get("kind").asText().equals("land-unit")) {
                parcels.add(v.get("unitCode").asText());
                lowers.add(v.get("lower").asDouble());
            }
        }
        assertEquals(
                List.of("330106003005GX00002W00000000", "330106003005GB00001W00000000", "330106003005GS00003W00000000"),
                parcels);
        assertEquals(List.of(-17.0, 5.0, 14.0), lowers);
        assertEquals(0, column.get("gaps").size(), "the layers touch: " + column.get("gaps"));
        assertTrue(answer.size() > 3, "the concourse's units are in the column too");
    }

    private JsonNode get(String path) {
        var response = http.get(path, "Authorization", bearer);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    private List<String> bruteForcePoint(double x, double y, double z) {
        return everything.stream()
                .filter(v -> ContainmentOp.contains(v.prism(), x, y, z))
                .sorted(order())
                .map(v -> v.unitCode().toString())
                .toList();
    }

    private List<String> bruteForceColumn(double x, double y) {
        var point = new GeometryFactory().createPoint(new Coordinate(x, y));
        return everything.stream()
                .filter(v -> v.prism().footprint().polygon().covers(point))
                .sorted(order())
                .map(v -> v.unitCode().toString())
                .toList();
    }

    private static Comparator<RegisteredVolume> order() {
        return Comparator.comparingDouble(
                        (RegisteredVolume v) -> v.prism().heights().bottomOrNull() == null
                                ? Double.NEGATIVE_INFINITY
                                : v.prism().heights().bottomOrNull())
                .thenComparing(v -> v.unitCode().toString());
    }

    private static List<String> codes(JsonNode volumes) {
        List<String> out = new ArrayList<>();
        volumes.forEach(v -> out.add(v.get("unitCode").asText()));
        return out;
    }
}
