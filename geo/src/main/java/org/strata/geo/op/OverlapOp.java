package org.strata.geo.op;

import org.strata.geo.model.Box3;
import org.strata.geo.model.HeightRange;
import org.strata.geo.model.Polyhedron;
import org.strata.geo.model.Prism;
import org.strata.geo.model.Volume;

/**
 * The exact interior overlap of two volumes. Prisms overlap when their footprints' interiors share an area
 * (DE-9IM {@code 2********}) and their open height intervals share a stretch; the shared volume is the
 * intersection area times the shared height. Stepped prisms add up their parts. Touching — a shared floor
 * plane, a shared wall, a shared edge — is never an overlap.
 */
public final class OverlapOp {
    private OverlapOp() {}

    /** The shared volume below which polyhedral volumes count as touching, cubic metres. */
    public static final double POLYHEDRAL_TOLERANCE = 0.001;

    /** How {@code a} and {@code b} meet. */
    public static Overlap overlap(Volume a, Volume b) {
        if (a instanceof Polyhedron || b instanceof Polyhedron) {
            return polyhedral(a, b);
        }
        double total = 0;
        boolean any = false;
        for (Prism p : Volumes.parts(a)) {
            for (Prism q : Volumes.parts(b)) {
                Overlap o = prisms(p, q);
                if (o.interiorsOverlap()) {
                    any = true;
                    total += o.cubicMetres();
                }
            }
        }
        return any ? new Overlap(true, total) : Overlap.NONE;
    }

    /**
     * Polyhedral overlap: both volumes as convex parts, each pair intersected by clipping; coplanar faces and
     * shared edges clip to nothing. A shared volume up to {@link #POLYHEDRAL_TOLERANCE} counts as touching.
     */
    private static Overlap polyhedral(Volume a, Volume b) {
        Box3 ba = a.box();
        Box3 bb = b.box();
        if (!ba.plan().intersects(bb.plan()) || !ba.heights().interiorsOverlap(bb.heights())) {
            return Overlap.NONE;
        }
        double floor = Math.min(
                        finiteOr(ba.heights().bottomOrNull(), 0),
                        finiteOr(bb.heights().bottomOrNull(), 0))
                - 1;
        double ceiling = Math.max(
                        finiteOr(ba.heights().topOrNull(), 0),
                        finiteOr(bb.heights().topOrNull(), 0))
                + 1;
        double total = 0;
        for (var pa : ConvexParts.of(a, floor, ceiling)) {
            for (var pb : ConvexParts.of(b, floor, ceiling)) {
                total += ConvexClip.intersectionVolume(pa, pb);
            }
        }
        return total > POLYHEDRAL_TOLERANCE ? new Overlap(true, total) : Overlap.NONE;
    }

    private static double finiteOr(Double value, double fallback) {
        return value == null ? fallback : value;
    }

    private static Overlap prisms(Prism a, Prism b) {
        if (!a.heights().interiorsOverlap(b.heights())) {
            return Overlap.NONE;
        }
        if (!a.footprint().box().intersects(b.footprint().box())) {
            return Overlap.NONE;
        }
        double area = a.footprint().sharedArea(b.footprint());
        if (area <= 0) {
            return Overlap.NONE;
        }
        return new Overlap(true, area * sharedHeight(a.heights(), b.heights()));
    }

    private static double sharedHeight(HeightRange a, HeightRange b) {
        double top = Math.min(top(a), top(b));
        double bottom = Math.max(bottom(a), bottom(b));
        return top - bottom;
    }

    private static double top(HeightRange h) {
        return h.topOrNull() == null ? Double.POSITIVE_INFINITY : h.topOrNull();
    }

    private static double bottom(HeightRange h) {
        return h.bottomOrNull() == null ? Double.NEGATIVE_INFINITY : h.bottomOrNull();
    }
}
