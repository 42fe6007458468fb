package org.strata.geo.op;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.strata.geo.model.HeightRange;
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
        Point point = GF.createPoint(new Coordinate(easting, northing));
        for (Prism p : Volumes.parts(volume)) {
            HeightRange h = p.heights();
            boolean above = h.bottomOrNull() == null || heightMetres >= h.bottomOrNull();
            boolean below = h.topOrNull() == null || heightMetres < h.topOrNull();
            if (above && below && p.footprint().polygon().covers(point)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every part of {@code inner} lies within {@code outer}, up to {@link #TOLERANCE_METRES}. */
    public static boolean within(Volume inner, Volume outer) {
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

    private static boolean heightsWithin(HeightRange inner, HeightRange outer) {
        boolean bottomOk = outer.bottomOrNull() == null
                || (inner.bottomOrNull() != null && inner.bottomOrNull() >= outer.bottomOrNull() - TOLERANCE_METRES);
        boolean topOk = outer.topOrNull() == null
                || (inner.topOrNull() != null && inner.topOrNull() <= outer.topOrNull() + TOLERANCE_METRES);
        return bottomOk && topOk;
    }
}
