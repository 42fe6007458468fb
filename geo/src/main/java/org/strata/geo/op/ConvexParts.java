package org.strata.geo.op;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.polygon.ConstrainedDelaunayTriangulator;
import org.strata.geo.model.Point3;
import org.strata.geo.model.Polyhedron;
import org.strata.geo.model.Prism;
import org.strata.geo.model.Shell;
import org.strata.geo.model.Volume;

/** Any volume as convex parts (face lists): a prism's footprint is cut into triangles; open bounds are clamped. */
final class ConvexParts {
    private ConvexParts() {}

    /**
     * The convex parts of a volume, open height bounds clamped to {@code [floor, ceiling]} — chosen beyond the
     * other volume's heights, so the intersection is exact.
     */
    static List<List<List<Point3>>> of(Volume v, double floor, double ceiling) {
        List<List<List<Point3>>> out = new ArrayList<>();
        if (v instanceof Polyhedron p) {
            for (Shell s : p.parts()) {
                out.add(ConvexClip.faces(s));
            }
            return out;
        }
        for (Prism prism : Volumes.parts(v)) {
            double bottom = prism.heights().bottomOrNull() == null
                    ? floor
                    : prism.heights().bottomOrNull();
            double top = prism.heights().topOrNull() == null
                    ? ceiling
                    : prism.heights().topOrNull();
            if (!(bottom < top)) {
                continue;
            }
            Geometry triangles = ConstrainedDelaunayTriangulator.triangulate(
                    prism.footprint().polygon());
            for (int i = 0; i < triangles.getNumGeometries(); i++) {
                Coordinate[] c =
                        ((Polygon) triangles.getGeometryN(i)).getExteriorRing().getCoordinates();
                out.add(triangularPrism(c[0], c[1], c[2], bottom, top));
            }
        }
        return out;
    }

    private static List<List<Point3>> triangularPrism(Coordinate a, Coordinate b, Coordinate c, double z0, double z1) {
        double area2 = (b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y);
        if (area2 < 0) {
            Coordinate t = b;
            b = c;
            c = t;
        }
        Point3 a0 = new Point3(a.x, a.y, z0);
        Point3 b0 = new Point3(b.x, b.y, z0);
        Point3 c0 = new Point3(c.x, c.y, z0);
        Point3 a1 = new Point3(a.x, a.y, z1);
        Point3 b1 = new Point3(b.x, b.y, z1);
        Point3 c1 = new Point3(c.x, c.y, z1);
        return new ArrayList<>(List.of(
                new ArrayList<>(List.of(a0, c0, b0)),
                new ArrayList<>(List.of(a1, b1, c1)),
                new ArrayList<>(List.of(a0, b0, b1, a1)),
                new ArrayList<>(List.of(b0, c0, c1, b1)),
                new ArrayList<>(List.of(c0, a0, a1, c1))));
    }
}
