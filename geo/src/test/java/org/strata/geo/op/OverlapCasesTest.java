package org.strata.geo.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.strata.geo.model.Face;
import org.strata.geo.model.Footprint;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Point3;
import org.strata.geo.model.Polyhedron;
import org.strata.geo.model.Prism;
import org.strata.geo.model.Shell;
import org.strata.geo.model.SteppedPrism;
import org.strata.geo.model.Volume;

/** Runs every case of overlap-cases.txt both ways round. */
class OverlapCasesTest {
    static Stream<Arguments> cases() throws IOException {
        String text;
        try (InputStream in = OverlapCasesTest.class.getResourceAsStream("overlap-cases.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Arguments> cases = new ArrayList<>();
        String name = null;
        String a = null;
        String b = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("case ")) {
                name = line.substring(5);
            } else if (line.startsWith("a: ")) {
                a = line.substring(3);
            } else if (line.startsWith("b: ")) {
                b = line.substring(3);
            } else if (line.startsWith("expect: ")) {
                cases.add(Arguments.of(name, a, b, line.substring(8).trim()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void overlapIsAsExpected(String name, String a, String b, String expected) throws ParseException {
        Volume va = volume(a);
        Volume vb = volume(b);
        for (Overlap o : List.of(OverlapOp.overlap(va, vb), OverlapOp.overlap(vb, va))) {
            if (expected.equals("none")) {
                assertFalse(o.interiorsOverlap(), name);
                assertEquals(0, o.cubicMetres());
            } else if (expected.equals("unbounded")) {
                assertTrue(o.interiorsOverlap() && o.unbounded(), name);
            } else {
                assertTrue(o.interiorsOverlap(), name);
                assertEquals(Double.parseDouble(expected.substring("volume ".length())), o.cubicMetres(), 1e-6, name);
            }
        }
    }

    /** Reads 'WKT @ bottom..top [+ WKT @ bottom..top ...]' or 'hexa p0; ...; p7'. */
    static Volume volume(String text) throws ParseException {
        if (text.startsWith("hexa ")) {
            return hexahedron(text.substring(5));
        }
        List<Prism> parts = new ArrayList<>();
        for (String part : text.split(" \\+ ")) {
            String[] halves = part.split("@");
            String[] range = halves[1].trim().split("\\.\\.", -1);
            Polygon polygon = (Polygon) new WKTReader().read(halves[0].trim());
            parts.add(new Prism(
                    Footprint.ofEpsg4549(polygon),
                    HeightRange.ofNullable(
                            range[0].isBlank() ? null : Double.valueOf(range[0]),
                            range[1].isBlank() ? null : Double.valueOf(range[1]))));
        }
        return parts.size() == 1 ? parts.get(0) : new SteppedPrism(parts);
    }

    private static Volume hexahedron(String text) {
        String[] corners = text.split(";");
        Point3[] p = new Point3[8];
        for (int i = 0; i < 8; i++) {
            String[] xyz = corners[i].trim().split("\\s+");
            p[i] = new Point3(Double.parseDouble(xyz[0]), Double.parseDouble(xyz[1]), Double.parseDouble(xyz[2]));
        }
        int[][] faces = {{0, 3, 2, 1}, {4, 5, 6, 7}, {0, 1, 5, 4}, {1, 2, 6, 5}, {2, 3, 7, 6}, {3, 0, 4, 7}};
        List<Face> list = new ArrayList<>();
        for (int[] f : faces) {
            List<Point3> ring = new ArrayList<>();
            for (int i : f) {
                if (ring.stream().noneMatch(q -> q.equals(p[i]))) {
                    ring.add(p[i]);
                }
            }
            if (ring.size() >= 3) {
                list.add(new Face(List.of(ring)));
            }
        }
        return new Polyhedron(List.of(new Shell(list)));
    }
}
