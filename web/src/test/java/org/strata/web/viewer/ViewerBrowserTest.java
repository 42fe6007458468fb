package org.strata.web.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.strata.web.Http.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strata.data.demo.DemoAreaGenerator;
import org.strata.data.demo.DemoProject;
import org.strata.data.demo.SampleOptions;
import org.strata.data.demo.SamplePackages;
import org.strata.geo.crs.GridTransform;
import org.strata.registry.survey.Stage;
import org.strata.web.DemoServer;
import org.strata.web.Http;
import org.strata.web.boot.StrataServer;

/**
 * The viewer as its users meet it: the system's headless Chromium (driven by playwright-core, never a downloaded
 * browser) opens the page served by a running demo service, signs in as the public, waits for the page to report
 * what it drew, and then checks WebGL, the number of volumes against the API, that no request left the machine,
 * a click on the footbridge, the public panel without names, and three screenshots with their coloured volumes.
 * The screenshots are kept in {@code web/target/screenshots}.
 */
class ViewerBrowserTest {
    private static final Path SCRIPT = Path.of("viewer/test/viewer-check.mjs");
    private static final Path SURVEY_SCRIPT = Path.of("viewer/test/survey-check.mjs");
    private static final Path PANEL_SCRIPT = Path.of("viewer/test/panel-check.mjs");
    private static final Path SHOTS = BrowserScripts.SHOTS;

    @TempDir
    Path folder;

    @Test
    void thePublicSeesTheDemoAreaDrawnOfflineAndInspectsTheFootbridge() throws Exception {
        requireBrowser();
        Files.createDirectories(SHOTS);
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Http officer = new Http(server.uri()).as("officer");
            String base = server.uri().toString().replaceAll("/$", "");
            JsonNode extent =
                    json(officer.get("/ogc/collections/rights?f=json")).at("/extent/spatial/bbox/0");
            String bbox = extent.get(0).asText() + "," + extent.get(1).asText() + ","
                    + extent.get(2).asText() + "," + extent.get(3).asText();
            JsonNode czml = json(officer.get("/api/v1/czml?purpose=case&bbox=" + bbox));
            String footbridge = null;
            int expected = 0;
            for (JsonNode p : czml) {
                if (!p.has("polygon")) {
                    continue;
                }
                if (availableNow(p)) {
                    expected++;
                }
                if (p.at("/properties/layer").asText().equals("above-ground")
                        && p.at("/properties/kind").asText().equals("land-unit")) {
                    footbridge = p.get("id").asText();
                }
            }
            assertTrue(footbridge != null, "the demo area has a footbridge right");

            List<Instant> starts = new ArrayList<>();
            String searched = null;
            for (JsonNode p : czml) {
                if (p.has("availability")) {
                    starts.add(Instant.parse(p.get("availability").asText().split("/")[0]));
                }
                if (searched == null && p.at("/properties/kind").asText().equals("building-unit")) {
                    searched = p.get("id").asText();
                }
            }
            starts.sort(null);
            java.time.LocalDate asOf = starts.get(starts.size() / 2)
                    .atZone(java.time.ZoneOffset.ofHours(8))
                    .toLocalDate();
            Instant endOfDay = asOf.atTime(23, 59, 59).toInstant(java.time.ZoneOffset.ofHours(8));
            int expectedAsOf = 0;
            for (JsonNode p : czml) {
                if (p.has("polygon") && availableAt(p, endOfDay)) {
                    expectedAsOf++;
                }
            }

            JsonNode result = run(SCRIPT, base, footbridge, searched, asOf.toString());
            System.out.println("viewer: drawn in " + result.get("drawnMillis").asLong() + " ms (target 10 s), "
                    + result.get("volumes").asInt() + " volumes, fetch "
                    + result.at("/timings/fetch").asText()
                    + " ms, draw " + result.at("/timings/draw").asText() + " ms");
            assertTrue(result.get("webgl").asBoolean(), "WebGL is up");
            assertEquals(expected, result.get("volumes").asInt(), "drawn volumes = the API's count for the view");
            assertEquals(bbox, result.get("bbox").asText(), "the view is the register's extent");
            assertEquals(expected, result.at("/afterModes/volumes").asInt(), "the count holds after mode changes");
            String host = server.uri().getHost() + ":" + server.uri().getPort();
            for (JsonNode h : result.get("hosts")) {
                assertTrue(
                        h.asText().equals(host)
                                || h.asText().endsWith(":") && !h.asText().startsWith("http"),
                        "no request leaves " + host + ": " + result.get("hosts"));
            }

            Set<String> inspected = Set.of(result.get("inspectedCodes").asText().split(","));
            assertTrue(inspected.contains(footbridge), "the click lists the GS right: " + inspected);
            String street = streetBeneath(officer, czml, footbridge);
            assertTrue(inspected.contains(street), "and the street parcel beneath it, " + street + ": " + inspected);
            String panel = result.get("panelText").asText();
            assertTrue(panel.contains(footbridge) && panel.contains(street), panel);
            for (String name : partyNames(officer, inspected)) {
                assertFalse(panel.contains(name), "the public panel shows no name (" + name + ")");
            }
            assertTrue(panel.contains("\"tier\"") || panel.contains("tierpublic") || panel.contains("public"), panel);

            assertEquals(searched, result.get("selected").asText(), "the search box flies to the unit");
            assertEquals(expectedAsOf, result.at("/asOf/volumes").asInt(), "as of " + asOf + ": the register then");
            assertTrue(expectedAsOf < expected, "fewer volumes were registered by " + asOf);

            Colours map = Colours.of(Path.of(result.at("/screenshots/map").asText()));
            Colours threeD = Colours.of(Path.of(result.at("/screenshots/3d").asText()));
            Colours underground =
                    Colours.of(Path.of(result.at("/screenshots/underground").asText()));
            System.out.println("viewer screenshots: map " + map + ", 3d " + threeD + ", underground " + underground);
            assertTrue(map.green() > 50_000 && map.blue() > 2_000 && map.purple() > 500, "map: " + map);
            assertTrue(threeD.green() > 20_000 && threeD.blue() > 5_000, "3d: " + threeD);
            assertTrue(underground.purple() > 2_000 && underground.blue() > 5_000, "underground: " + underground);
        }
    }

    @Test
    void aSurveyorSeesTheReportAndTheFailingFeaturesOnTheMap() throws Exception {
        requireBrowser();
        Files.createDirectories(SHOTS);
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            Path zip = folder.resolve("overlapping-units.zip");
            Files.write(
                    zip,
                    SamplePackages.write(
                            Stage.COMPLETION,
                            DemoProject.siteOrigin(GridTransform.epsg4549(), DemoAreaGenerator.DEFAULT_SIZE),
                            SampleOptions.plain().withOverlap()));
            String base = server.uri().toString().replaceAll("/$", "");
            JsonNode result = run(SURVEY_SCRIPT, base, DemoProject.commissionId(Stage.COMPLETION), zip.toString());
            assertTrue(result.get("verdict").asText().startsWith("Refused (422)"), result.toString());
            assertEquals("rejected", result.get("report").asText());
            String prefix = DemoProject.BUILDING_CODE.substring(0, 24);
            List<String> flagged = List.of(result.get("flagged").asText().split(","));
            assertTrue(flagged.contains(prefix + "0101") && flagged.contains(prefix + "0102"), flagged.toString());
            assertTrue(result.get("reportText").asText().contains("measure.unit-overlap"));
            String host = server.uri().getHost() + ":" + server.uri().getPort();
            result.get("hosts")
                    .forEach(h -> assertTrue(
                            h.asText().equals(host) || h.asText().equals("blob:"),
                            "no request leaves " + host + ": " + result.get("hosts")));
            Colours shot = Colours.of(Path.of(result.get("screenshot").asText()));
            System.out.println("survey page screenshot: " + shot);
            assertTrue(shot.red() > 1_000 && shot.blue() > 1_000, "the flagged units are drawn red: " + shot);
        }
    }

    @Test
    void theHolderAndTheOfficerSeeFullDetailsInThePanel() throws Exception {
        requireBrowser();
        Files.createDirectories(SHOTS);
        try (StrataServer server = DemoServer.start(DemoServer.embedded(folder, true))) {
            String base = server.uri().toString().replaceAll("/$", "");
            JsonNode mine = json(new Http(server.uri()).as("owner").get("/api/v1/me/units"))
                    .get("units")
                    .get(0);
            String unit = mine.get("unitCode").asText();
            String holder = mine.at("/holders/0/name").asText();
            String idNumber = mine.at("/holders/0/idNumber").asText();
            for (String user : List.of("owner", "officer")) {
                JsonNode result = run(PANEL_SCRIPT, base, user, unit);
                assertFalse(result.has("failure"), result.toString());
                String panel = result.get("panel").asText();
                assertTrue(
                        panel.contains(holder) && panel.contains(idNumber),
                        user + " sees the holder's name and ID number: " + panel);
            }
        }
    }

    private static void requireBrowser() {
        BrowserScripts.requireBrowser();
    }

    private static JsonNode run(Path script, String base, String... arguments)
            throws IOException, InterruptedException {
        return BrowserScripts.run(script, base, arguments);
    }

    private static boolean availableNow(JsonNode packet) {
        return availableAt(packet, Instant.now());
    }

    private static boolean availableAt(JsonNode packet, Instant now) {
        if (!packet.has("availability")) {
            return true;
        }
        String[] interval = packet.get("availability").asText().split("/");
        return !Instant.parse(interval[0]).isAfter(now)
                && Instant.parse(interval[1]).isAfter(now);
    }

    /** The surface parcel the API's column query finds under the footbridge's middle. */
    private static String streetBeneath(Http officer, JsonNode czml, String footbridge) {
        for (JsonNode p : czml) {
            if (p.path("id").asText().equals(footbridge)) {
                JsonNode d = p.at("/polygon/positions/cartographicDegrees");
                double lon = 0;
                double lat = 0;
                for (int i = 0; i < d.size(); i += 3) {
                    lon += d.get(i).asDouble();
                    lat += d.get(i + 1).asDouble();
                }
                int n = d.size() / 3;
                JsonNode column =
                        json(officer.get("/api/v1/space/column?purpose=case&lon=" + lon / n + "&lat=" + lat / n));
                for (JsonNode v : column.get("volumes")) {
                    if (v.get("layer").asText().equals("surface")
                            && v.get("kind").asText().equals("land-unit")) {
                        return v.get("unitCode").asText();
                    }
                }
            }
        }
        throw new AssertionError("no surface parcel under " + footbridge);
    }

    /** Every party name the register holds for the units, as an officer reads them. */
    private static List<String> partyNames(Http officer, Set<String> codes) {
        List<String> names = new ArrayList<>();
        for (String code : codes) {
            JsonNode unit = json(officer.get("/api/v1/units/" + code + "?purpose=case"));
            collectNames(unit, names);
        }
        return new ArrayList<>(new HashSet<>(names));
    }

    private static void collectNames(JsonNode node, List<String> names) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("name")
                        && e.getValue().isTextual()
                        && e.getValue().asText().length() > 1) {
                    names.add(e.getValue().asText());
                } else {
                    collectNames(e.getValue(), names);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectNames(n, names));
        }
    }
}
