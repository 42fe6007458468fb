package org.strata.geo.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Prism;
import org.strata.geo.model.Solid;
import org.strata.geo.op.validity.SolidValidator;

/** Runs every case of {@code prism-solid-cases.txt}: prisms extruded into solids that pass the solid validator. */
class PrismSolidCasesTest {
    record Case(String wkt, String heights, String expected) {
        @Override
        public String toString() {
            return wkt + " @ " + heights + " -> " + expected;
        }
    }

    static Stream<Case> cases() throws IOException {
        try (InputStream in = PrismSolidCasesTest.class.getResourceAsStream("prism-solid-cases.txt")) {
            List<Case> out = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> {
                        String[] f = l.split("\\|");
                        String[] volume = f[0].split("@");
                        return new Case(volume[0].strip(), volume[1].strip(), f[1].strip());
                    })
                    .toList();
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void prismsBecomeValidSolids(Case c) throws ParseException {
        Polygon polygon = (Polygon) new WKTReader().read(c.wkt());
        String[] h = c.heights().split("\\.\\.", -1);
        Double bottom = h[0].isEmpty() ? null : Double.valueOf(h[0]);
        Double top = h[1].isEmpty() ? null : Double.valueOf(h[1]);
        Prism prism = new Prism(Footprint.ofEpsg4549(polygon), HeightRange.ofNullable(bottom, top));
        Optional<Solid> solid = PrismSolid.of(prism);
        if (c.expected().equals("open")) {
            assertTrue(solid.isEmpty());
            return;
        }
        assertEquals(List.of(), SolidValidator.validate(solid.orElseThrow()));
        int rings = 1 + polygon.getNumInteriorRing();
        int edges = polygon.getNumPoints() - rings;
        assertEquals(2 + edges, solid.get().outer().faces().size(), "a floor, a roof and a wall per edge");
    }
}
