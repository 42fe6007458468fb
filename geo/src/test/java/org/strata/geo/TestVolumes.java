package org.strata.geo;

import java.util.ArrayList;
import java.util.List;
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

/**
 * Volumes as the geometry case files write them: prisms 'WKT @ bottom..top' joined by ' + ' (an empty bound is
 * open), or 'hexa' and the 8 corners of a hexahedron.
 */
public final class TestVolumes {
    private TestVolumes() {}

    /** Reads 'WKT @ bottom..top [+ WKT @ bottom..top ...]' or 'hexa p0; ...; p7'. */
    public static Volume volume(String text) throws ParseException {
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
