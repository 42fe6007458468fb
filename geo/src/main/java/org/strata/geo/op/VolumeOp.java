package org.strata.geo.op;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.strata.geo.model.Face;
import org.strata.geo.model.Point3;
import org.strata.geo.model.Polyhedron;
import org.strata.geo.model.Prism;
import org.strata.geo.model.Shell;
import org.strata.geo.model.Volume;

/** Measures of volumes: volume in cubic metres (infinite when open) and plan area in square metres. */
public final class VolumeOp {
    private static final GeometryFactory GF = new GeometryFactory();

    private VolumeOp() {}

    /** The volume, cubic metres; infinite for a volume open above or below. */
    public static double volume(Volume v) {
        if (v instanceof Polyhedron p) {
            return p.parts().stream()
                    .mapToDouble(s -> ConvexClip.volume(ConvexClip.faces(s)))
                    .sum();
        }
        double total = 0;
        for (Prism prism : Volumes.parts(v)) {
            total += prism.footprint().areaSquareMetres() * prism.heights().thicknessMetres();
        }
        return total;
    }

    /** The plan area: the area of the volume's outline seen from above, square metres. */
    public static double planArea(Volume v) {
        if (v instanceof Polyhedron p) {
            return planOutline(p).getArea();
        }
        List<Geometry> outlines = new ArrayList<>();
        Volumes.parts(v).forEach(prism -> outlines.add(prism.footprint().polygon()));
        return UnaryUnionOp.union(outlines).getArea();
    }

    /**
     * A polyhedron's outline seen from above: the union of its convex parts' plan hulls (a polygon when the parts
     * meet, a multipolygon when they do not).
     */
    public static Geometry planOutline(Polyhedron polyhedron) {
        List<Geometry> hulls = new ArrayList<>();
        for (Shell s : polyhedron.parts()) {
            List<Coordinate> points = new ArrayList<>();
            for (Face f : s.faces()) {
                for (Point3 q : f.outer()) {
                    points.add(new Coordinate(q.x(), q.y()));
                }
            }
            hulls.add(GF.createMultiPointFromCoords(points.toArray(new Coordinate[0]))
                    .convexHull());
        }
        return UnaryUnionOp.union(hulls);
    }
}
