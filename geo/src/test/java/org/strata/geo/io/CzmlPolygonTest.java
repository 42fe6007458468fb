package org.strata.geo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Footprints as CZML polygons, holes kept, from {@code czml-polygons.txt}. */
class CzmlPolygonTest {
    record Case(String name, String wkt, List<Integer> rings) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        try (InputStream in = CzmlPolygonTest.class.getResourceAsStream("czml-polygons.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(l -> !l.isBlank() && !l.startsWith("#"))
                            .map(l -> l.split("\\|"))
                            .map(f -> new Case(
                                    f[0].strip(),
                                    f[1].strip(),
                                    Arrays.stream(f[2].strip().split("\\s+"))
                                            .map(Integer::valueOf)
                                            .toList()))
                            .toList()
                            .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void everyRingIsKept(Case c) throws ParseException {
        Polygon polygon = (Polygon) new WKTReader().read(c.wkt());
        Map<String, Object> czml = CzmlPolygon.properties(polygon, (x, y) -> new double[] {x, y});
        List<Double> outline = ((Map<String, List<Double>>) czml.get("positions")).get("cartographicDegrees");
        List<List<Double>> rings = new ArrayList<>();
        rings.add(outline);
        if (c.rings().size() > 1) {
            rings.addAll(((Map<String, List<List<Double>>>) czml.get("holes")).get("cartographicDegrees"));
        } else {
            assertFalse(czml.containsKey("holes"), "no holes, no holes property");
        }
        assertEquals(c.rings(), rings.stream().map(r -> r.size() / 3).toList());
        for (int i = 0; i < rings.size(); i++) {
            LinearRing ring = i == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(i - 1);
            Coordinate[] points = ring.getCoordinates();
            for (int k = 0; k < points.length - 1; k++) {
                assertEquals(points[k].x, rings.get(i).get(3 * k), 1e-9);
                assertEquals(points[k].y, rings.get(i).get(3 * k + 1), 1e-9);
            }
        }
    }
}
