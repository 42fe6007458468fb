package org.strata.web.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.strata.geo.io.CityJson;
import org.strata.geo.model.Face;
import org.strata.geo.model.Point3;
import org.strata.geo.model.Solid;

/**
 * CityJSON 2.0 solids in and out ({@code geo/io/CityJson}): a file of two building units and the real 3D BAG
 * sample of the shared data are read, written as CityJSON 2.0 (through JSON text) and read back to the same solids
 * within a millimetre.
 */
class CityJsonRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void twoUnitsReadBackAsWritten() throws Exception {
        Map<?, ?> doc;
        try (InputStream in = CityJsonRoundTripTest.class.getResourceAsStream("two-units.city.json")) {
            doc = JSON.readValue(in, Map.class);
        }
        Map<String, Solid> solids = CityJson.solids(doc);
        assertEquals(
                List.of("330106003005GB00901F00010001", "330106003005GB00901F00010002"), List.copyOf(solids.keySet()));
        assertEquals(
                new Point3(511000.0, 3347008.0, 8.0),
                solids.get("330106003005GB00901F00010001")
                        .outer()
                        .faces()
                        .get(0)
                        .outer()
                        .get(1));
        roundTrip(solids);
    }

    @Test
    void theRealBagSampleReadsBackAsWritten() throws Exception {
        Path seq = Path.of(System.getProperty("strata.shared", "../../shared"))
                .resolve("data/cityjson/3dbag-b2.city.jsonl");
        if (!Files.exists(seq)) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but the CityJSON sample is not at " + seq.toAbsolutePath());
            }
            assumeTrue(false, "the CityJSON sample is not at " + seq.toAbsolutePath());
        }
        List<String> lines = Files.readAllLines(seq);
        Map<?, ?> header = JSON.readValue(lines.get(0), Map.class);
        Map<String, Solid> solids = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            Map<String, Object> feature = new LinkedHashMap<>(JSON.readValue(line, Map.class));
            feature.put("transform", header.get("transform"));
            solids.putAll(CityJson.solids(feature));
        }
        assertEquals(2, solids.size(), "the sample's two building parts");
        roundTrip(solids);
    }

    private static void roundTrip(Map<String, Solid> solids) throws Exception {
        Map<String, Object> written =
                CityJson.write(solids, "BuildingUnit", "https://www.opengis.net/def/crs/EPSG/0/4549");
        Map<?, ?> reread = JSON.readValue(JSON.writeValueAsString(written), Map.class);
        assertEquals("2.0", reread.get("version"));
        Map<String, Solid> back = CityJson.solids(reread);
        assertEquals(solids.keySet(), back.keySet());
        for (String id : solids.keySet()) {
            List<Face> a = solids.get(id).shells().stream()
                    .flatMap(s -> s.faces().stream())
                    .toList();
            List<Face> b = back.get(id).shells().stream()
                    .flatMap(s -> s.faces().stream())
                    .toList();
            assertEquals(a.size(), b.size(), id);
            for (int f = 0; f < a.size(); f++) {
                assertEquals(a.get(f).rings().size(), b.get(f).rings().size(), id + " face " + f);
                for (int r = 0; r < a.get(f).rings().size(); r++) {
                    List<Point3> ra = a.get(f).rings().get(r);
                    List<Point3> rb = b.get(f).rings().get(r);
                    assertEquals(ra.size(), rb.size());
                    for (int k = 0; k < ra.size(); k++) {
                        assertTrue(close(ra.get(k), rb.get(k)), id + ": " + ra.get(k) + " came back as " + rb.get(k));
                    }
                }
            }
        }
    }

    private static boolean close(Point3 a, Point3 b) {
        return Math.abs(a.x() - b.x()) <= 0.0005
                && Math.abs(a.y() - b.y()) <= 0.0005
                && Math.abs(a.z() - b.z()) <= 0.0005;
    }
}
