package org.strata.web.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.demo.DemoAreaGenerator;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * The viewer over the largest demo city (40 × 40 blocks, 171,155 units) as the public meets it in the system's
 * headless Chromium: past a few thousand volumes in view it draws from the service's 3D Tiles, what it reports as drawn
 * is on the map canvas (units blue, surface parcels green in the canvas's screenshot), every drawn volume it samples
 * is in the register, a click picks a volume whose code the column query lists, the register as of an earlier date
 * shows what was valid then, the 2D map is drawn from the vector tiles (the district from overview tiles, a street
 * from the parcels themselves, yellow on the canvas with the volumes hidden), and no request leaves the machine. The time from sign-in to the drawn city is printed
 * against the viewer's 10 s target (speed is measured here, not asserted).
 */
class CityViewerBrowserTest {
    private static final int CITY_SIZE = 40;
    private static final Path SCRIPT = Path.of("viewer/test/city-check.mjs");

    @TempDir
    Path folder;

    @Test
    void theCityIsDrawnFromThreeDTilesAndWhatIsReportedIsOnTheCanvas() throws Exception {
        BrowserScripts.requireBrowser();
        Files.createDirectories(BrowserScripts.SHOTS);
        assertTrue(CITY_SIZE > DemoAreaGenerator.DEFAULT_SIZE);
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true, CITY_SIZE))) {
            String base = server.uri().toString().replaceAll("/$", "");
            JsonNode result = BrowserScripts.run(SCRIPT, base);
            System.out.println(
                    "city viewer: drawn in " + result.get("drawnMillis").asLong() + " ms (target 10 s), "
                            + result.get("volumes").asInt() + " volumes " + result.get("layers") + ", prefetch "
                            + result.get("fetch").asText() + " ms, tiles to screen "
                            + result.get("draw").asText() + " ms");
            assertTrue(result.get("tiled").asBoolean(), "the city is drawn from 3D Tiles");
            int drawn = result.get("volumes").asInt();
            assertTrue(drawn > 1_000, "a city's worth of volumes: " + drawn);
            int byLayer = 0;
            for (JsonNode count : result.get("layers")) {
                byLayer += count.asInt();
            }
            assertEquals(drawn, byLayer);
            assertTrue(result.at("/layers/unit").asInt() > 0
                    && result.at("/layers/surface").asInt() > 0);
            assertEquals(drawn + " volumes drawn", result.get("status").asText());

            Http anonymous = new Http(server.uri());
            for (JsonNode code : result.get("sample")) {
                assertEquals(
                        200,
                        anonymous
                                .get("/ogc/collections/rights/items/" + code.asText() + "?f=json")
                                .statusCode(),
                        code.asText() + " is in the register");
            }

            Colours canvas = Colours.of(Path.of(result.get("canvas").asText()));
            System.out.println("city viewer canvas: " + canvas);
            assertTrue(canvas.blue() > 30_000, "the units are on the canvas: " + canvas);

            String picked = result.get("picked").asText();
            List<String> inspected =
                    List.of(result.get("inspectedCodes").asText().split(","));
            assertTrue(!picked.isEmpty() && inspected.contains(picked), picked + " is in the column " + inspected);

            int asOf = result.at("/asOf/volumes").asInt();
            assertEquals(
                    result.get("expectedAsOf").asInt(),
                    asOf,
                    "as of " + result.get("asOfDate").asText());
            assertTrue(
                    asOf < drawn,
                    "fewer volumes were registered by " + result.get("asOfDate").asText());

            JsonNode map = result.get("map");
            assertEquals("map", map.get("mode").asText(), result.toString());
            assertEquals(0, map.get("volumes").asInt(), "the volumes are hidden: " + map);
            assertTrue(map.get("overviewTiles").asInt() > 0, "the district is drawn from overview tiles: " + map);
            Colours district = Colours.of(Path.of(result.get("mapCanvas").asText()));
            System.out.println("city map (district): " + map + " " + district);
            assertTrue(district.yellow() > 20_000, "the district's parcels are on the map: " + district);
            assertTrue(district.blue() < 1_000, "no volume is drawn: " + district);
            JsonNode street = result.get("street");
            assertTrue(
                    street.get("features").asInt() > map.get("features").asInt(),
                    "a street is drawn from the parcels and buildings themselves: " + street);
            Colours streetCanvas = Colours.of(Path.of(result.get("streetCanvas").asText()));
            System.out.println("city map (street): " + street + " " + streetCanvas);
            assertTrue(streetCanvas.yellow() > 20_000, "the street's parcels are on the map: " + streetCanvas);

            String host = server.uri().getHost() + ":" + server.uri().getPort();
            for (JsonNode h : result.get("hosts")) {
                assertTrue(
                        h.asText().equals(host)
                                || h.asText().endsWith(":") && !h.asText().startsWith("http"),
                        "no request leaves " + host + ": " + result.get("hosts"));
            }
        }
    }
}
