package org.strata.geo.op;

import java.util.List;
import org.locationtech.jts.geom.GeometryFactory;
import org.strata.geo.model.Box3;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Point3;
import org.strata.geo.model.Polyhedron;
import org.strata.geo.model.Prism;
import org.strata.geo.model.Volume;

/** Containment among volumes and points: a point in a volume, a volume within another (boundaries may touch). */
public final class ContainmentOp {
    private static final GeometryFactory GF = new GeometryFactory();
    /** How far a contained volume may stick out of its container, metres: the vertex snap tolerance. */
    public static final double TOLERANCE_METRES = 0.001;

    private ContainmentOp() {}

    /**
     * Whether a point lies in a volume, boundary included below and on the sides and excluded above
     * ({@code [bottom, top)}), so a point on a floor plane belongs to the stratum above it.
     */
    public static boolean contains(Volume volume, double easting, double northing, double heightMetres) {
        if (volume instanceof Polyhedron polyhedron) {
            Point3 p = new Point3(easting, northing, heightMetres);
            return polyhedron.parts().stream().anyMatch(s -> ConvexClip.contains(ConvexClip.faces(s), p, 1e-9));
        }
        for (Prism p : Volumes.parts(volume)) {
            HeightRange h = p.heights();
            boolean above = h.bottomOrNull() == null || heightMetres >= h.bottomOrNull();
            boolean below = h.topOrNull() == null || heightMetres < h.topOrNull();
            if (above && below && p.footprint().covers(easting, northing)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every part of {@code inner} lies within {@code outer}, up to {@link #TOLERANCE_METRES}. */
    public static boolean within(Volume inner, Volume outer) {
        if (inner instanceof Polyhedron || outer instanceof Polyhedron) {
            return verticesWithin(inner, outer);
        }
        for (Prism part : Volumes.parts(inner)) {
            double covered = 0;
            for (Prism container : Volumes.parts(outer)) {
                if (!heightsWithin(part.heights(), container.heights())) {
                    continue;
                }
                covered += part.footprint()
                        .polygon()
                        .intersection(container.footprint().polygon())
                        .getArea();
            }
            double area = part.footprint().areaSquareMetres();
            double slack = TOLERANCE_METRES * part.footprint().polygon().getLength();
            if (covered < area - slack) {
                return false;
            }
        }
        return true;
    }

    /** Polyhedral containment: every vertex of every convex part of the inner volume lies in a part of the outer. */
    private static boolean verticesWithin(Volume inner, Volume outer) {
        Box3 box = inner.box();
        double floor =
                box.heights().bottomOrNull() == null ? -1e4 : box.heights().bottomOrNull() - 1;
        double ceiling = box.heights().topOrNull() == null ? 1e4 : box.heights().topOrNull() + 1;
        List<List<List<Point3>>> containers = ConvexParts.of(outer, floor, ceiling);
        for (List<List<Point3>> part : ConvexParts.of(inner, floor + 0.5, ceiling - 0.5)) {
            for (List<Point3> face : part) {
                for (Point3 p : face) {
                    if (containers.stream().noneMatch(c -> ConvexClip.contains(c, p, TOLERANCE_METRES))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean heightsWithin(HeightRange inner, HeightRange outer) {
        boolean bottomOk = outer.bottomOrNull() == null
                || (inner.bottomOrNull() != null && inner.bottomOrNull() >= outer.bottomOrNull() - TOLERANCE_METRES);
        boolean topOk = outer.topOrNull() == null
                || (inner.topOrNull() != null && inner.topOrNull() <= outer.topOrNull() + TOLERANCE_METRES);
        return bottomOk && topOk;
    }
}
